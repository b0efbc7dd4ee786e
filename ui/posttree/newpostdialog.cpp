#include "posttree/newpostdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Postwright {

NewPostDialog::NewPostDialog(const QStringList &categories, const QString &category, PathPreview preview,
                             QWidget *parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_draft(new QCheckBox(tr("Start as a &draft"), this))
    , m_file(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newPostDialog"));
    setWindowTitle(tr("New Post"));
    setMinimumWidth(420);

    m_title->setObjectName(QStringLiteral("newPostTitle"));
    m_title->setPlaceholderText(tr("What is the post about?"));
    m_category->setObjectName(QStringLiteral("newPostCategory"));
    m_category->setEditable(true); // a new category is just a new name
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItems(categories);
    m_category->setCurrentText(category);
    m_draft->setObjectName(QStringLiteral("newPostDraft"));
    m_draft->setChecked(true); // nothing is published by accident
    m_draft->setToolTip(tr("A draft is not published until you say so. In a Jekyll site, drafts wait "
                           "in _drafts/."));
    m_file->setObjectName(QStringLiteral("newPostFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(QString(), m_draft);
    form->addRow(tr("File:"), m_file);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &NewPostDialog::update);
    connect(m_category, &QComboBox::currentTextChanged, this, &NewPostDialog::update);
    connect(m_draft, &QCheckBox::toggled, this, &NewPostDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    m_title->setFocus();
}

QString NewPostDialog::title() const
{
    return m_title->text().trimmed();
}

QString NewPostDialog::category() const
{
    return m_category->currentText().trimmed();
}

bool NewPostDialog::isDraft() const
{
    return m_draft->isChecked();
}

void NewPostDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!title().isEmpty());
    m_file->setText(m_preview ? m_preview(title(), category(), isDraft()) : QString());
}

} // namespace Postwright
