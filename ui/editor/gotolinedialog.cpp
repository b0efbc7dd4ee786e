#include "editor/gotolinedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Postwright {

GoToLineDialog::GoToLineDialog(int currentLine, int lineCount, QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
{
    setObjectName(QStringLiteral("goToLineDialog"));
    setWindowTitle(tr("Go to Line"));
    auto *label = new QLabel(tr("&Line (1–%1), optionally followed by :column:").arg(lineCount), this);
    label->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("goToLineField"));
    m_field->setPlaceholderText(QString::number(currentLine));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_goButton = buttons->button(QDialogButtonBox::Ok);
    m_goButton->setText(tr("&Go"));
    m_goButton->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_goButton->setEnabled(parse(text).has_value()); });
}

std::optional<GoToLineDialog::Position> GoToLineDialog::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{1,9})\s*(?::\s*(\d{1,9})\s*)?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Position position;
    position.line = match.captured(1).toInt();
    if (match.capturedStart(2) >= 0)
        position.column = match.captured(2).toInt();
    return position;
}

GoToLineDialog::Position GoToLineDialog::position() const
{
    return parse(m_field->text()).value_or(Position{});
}

} // namespace Postwright
