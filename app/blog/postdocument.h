#pragma once

#include "util/sourceerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Postwright {

// A post file as bytes on disk and as the text the editor shows (no BOM, LF line endings), with
// the conversion back. Saving an unmodified text gives the original bytes exactly, whatever mix
// of line endings, BOM or encoding problems they had; a modified text is written with the
// file's own BOM and dominant line ending, so editing the body never reformats the rest.
class PostDocument
{
public:
    enum class LineEnding { Lf, CrLf };

    PostDocument() = default;
    static PostDocument fromBytes(const QByteArray &bytes, const QString &fileName = {});

    const QString &text() const { return m_text; }
    QByteArray toBytes(const QString &text) const;

    bool hasBom() const { return m_hasBom; }
    LineEnding lineEnding() const { return m_lineEnding; }
    // Set when the bytes were not valid UTF-8: names the first bad line. The text then holds
    // U+FFFD replacement characters, and saving an unmodified text still writes the old bytes.
    const std::optional<SourceError> &encodingError() const { return m_encodingError; }

private:
    QByteArray m_original;
    QString m_text;
    bool m_hasBom = false;
    LineEnding m_lineEnding = LineEnding::Lf;
    std::optional<SourceError> m_encodingError;
};

} // namespace Postwright
