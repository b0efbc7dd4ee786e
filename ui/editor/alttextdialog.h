#pragma once

#include <QDialog>

#include <optional>

class QLineEdit;

namespace Postwright {

// Asks for an image's alternative text before it goes into the post, prefilled with words taken
// from the file name so a well-named photo needs only Enter.
class AltTextDialog final : public QDialog
{
    Q_OBJECT

public:
    // fileName: the image's own name as the writer knows it; empty for a pasted image.
    explicit AltTextDialog(const QString &fileName, QWidget *parent = nullptr);

    QString altText() const;

    // Shows the dialog; the text (possibly empty, for a decorative image), or nothing on Cancel.
    static std::optional<QString> ask(QWidget *parent, const QString &fileName);
    // "sunset-over-the-bay.jpg" -> "sunset over the bay".
    static QString suggestedAltText(const QString &fileName);

private:
    QLineEdit *m_text;
};

} // namespace Postwright
