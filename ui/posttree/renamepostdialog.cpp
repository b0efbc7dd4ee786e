#include "posttree/renamepostdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Postwright {

RenamePostDialog::RenamePostDialog(const QString &title, const QString &currentPath, PathPreview preview,
                                   QWidget *parent)
    : QDialog(parent)
    , m_oldTitle(title)
    , m_currentPath(currentPath)
    , m_preview(std::move(preview))
    , m_title(new QLineEdit(title, this))
    , m_file(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("renamePostDialog"));
    setWindowTitle(tr("Rename Post"));
    setMinimumWidth(420);

    m_title->setObjectName(QStringLiteral("renamePostTitle"));
    m_title->selectAll();
    m_file->setObjectName(QStringLiteral("renamePostFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rename"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("File:"), m_file);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &RenamePostDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    m_title->setFocus();
}

QString RenamePostDialog::title() const
{
    return m_title->text().trimmed();
}

void RenamePostDialog::update()
{
    const bool changed = !title().isEmpty() && title() != m_oldTitle;
    Result<QString> path = changed && m_preview ? m_preview(title()) : Result<QString>(m_currentPath);
    if (path)
        m_file->setText(path.value() == m_currentPath ? tr("%1 (unchanged)").arg(path.value())
                                                      : path.value());
    else
        m_file->setText(path.error().message);
    QPalette labelPalette = m_file->palette();
    labelPalette.setColor(QPalette::WindowText,
                          path ? palette().color(QPalette::PlaceholderText) : QColor(0xc0, 0x1c, 0x28));
    m_file->setPalette(labelPalette);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(changed && path.ok());
}

} // namespace Postwright
