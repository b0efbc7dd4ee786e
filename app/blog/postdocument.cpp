#include "postdocument.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Postwright {

namespace {

constexpr char utf8Bom[] = "\xEF\xBB\xBF";

// Finds the first line whose bytes are not valid UTF-8. Only runs when decoding already failed.
SourceError locateInvalidUtf8(const QByteArray &content, const QString &fileName)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        const QByteArray lineBytes = content.sliced(start, end - start);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(lineBytes);
        if (decoder.hasError()) {
            const int column = int(decoded.indexOf(QChar::ReplacementCharacter)) + 1;
            return {fileName, line, column,
                    QCoreApplication::translate("Postwright::PostDocument",
                                                "The file is not valid UTF-8 text; unreadable bytes "
                                                "are shown as \uFFFD. Saving keeps the original bytes "
                                                "until you edit the post.")};
        }
        start = end + 1;
        ++line;
    }
    return {fileName, 0, 0,
            QCoreApplication::translate("Postwright::PostDocument", "The file is not valid UTF-8 text.")};
}

} // namespace

PostDocument PostDocument::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    PostDocument doc;
    doc.m_original = bytes;
    QByteArray content = bytes;
    if (content.startsWith(utf8Bom)) {
        doc.m_hasBom = true;
        content.remove(0, 3);
    }

    const qsizetype crlf = content.count("\r\n");
    const qsizetype lf = content.count('\n');
    doc.m_lineEnding = (crlf > 0 && crlf >= lf - crlf) ? LineEnding::CrLf : LineEnding::Lf;

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(content);
    if (decoder.hasError())
        doc.m_encodingError = locateInvalidUtf8(content, fileName);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    doc.m_text = std::move(text);
    return doc;
}

QByteArray PostDocument::toBytes(const QString &text) const
{
    // Unchanged text: the exact original bytes, so opening and saving never rewrites a file.
    if (text == m_text && !m_original.isEmpty())
        return m_original;

    QString out = text;
    if (m_lineEnding == LineEnding::CrLf) {
        out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        out.replace(u'\n', QLatin1String("\r\n"));
    }
    QByteArray bytes = out.toUtf8();
    if (m_hasBom)
        bytes.prepend(utf8Bom);
    return bytes;
}

} // namespace Postwright
