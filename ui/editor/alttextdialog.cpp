#include "editor/alttextdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Postwright {

AltTextDialog::AltTextDialog(const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLineEdit(this))
{
    setWindowTitle(tr("Describe the Image"));
    auto *question = new QLabel(fileName.isEmpty()
                                    ? tr("What should readers who cannot see the pasted image know about it?")
                                    : tr("What should readers who cannot see \u201c%1\u201d know about it?")
                                          .arg(fileName.toHtmlEscaped()),
                                this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::RichText);
    auto *hint = new QLabel(tr("Leave it empty for an image that is only decoration."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false); // the palette's muted text

    m_text->setObjectName(QStringLiteral("altText.text"));
    m_text->setText(suggestedAltText(fileName));
    m_text->selectAll();
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 50);
    question->setBuddy(m_text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Insert Image"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_text);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

QString AltTextDialog::altText() const
{
    return m_text->text().simplified();
}

std::optional<QString> AltTextDialog::ask(QWidget *parent, const QString &fileName)
{
    AltTextDialog dialog(fileName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.altText();
}

QString AltTextDialog::suggestedAltText(const QString &fileName)
{
    static const QRegularExpression separators(QStringLiteral("[-_.+]+"));
    return QFileInfo(fileName).completeBaseName().replace(separators, QStringLiteral(" ")).simplified();
}

} // namespace Postwright
