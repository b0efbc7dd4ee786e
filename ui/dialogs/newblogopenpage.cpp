#include "dialogs/newblogopenpage.h"

#include "blog/blog.h"
#include "dialogs/inlinemessage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace Postwright {

namespace {

QString folder(const QString &relative)
{
    return relative.isEmpty() ? QStringLiteral("./") : relative + u'/';
}

} // namespace

NewBlogOpenPage::NewBlogOpenPage(QWidget *parent)
    : QWizardPage(parent)
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse\u2026"), this))
    , m_result(new InlineMessage(QStringLiteral("openResult"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("newBlogOpenPage"));
    setTitle(tr("Open a Blog or Site"));
    setSubTitle(tr("Choose the folder that holds blog.yaml (Postwright), hugo.toml or config.toml (Hugo), or "
                   "_config.yml (Jekyll)."));
    setButtonText(QWizard::FinishButton, tr("&Open"));

    m_folder->setObjectName(QStringLiteral("openFolder"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setPlaceholderText(tr("The blog's folder"));
    m_browse->setObjectName(QStringLiteral("browseOpenFolder"));
    m_browse->setAutoDefault(false);
    m_note->setObjectName(QStringLiteral("openNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(
        tr("Hugo and Jekyll sites are opened in place: Postwright never rewrites the site's config "
           "and keeps its own settings (build command, publish targets) in postwright.yaml "
           "beside it."));

    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(m_browse);
    auto *column = new QVBoxLayout;
    column->setSpacing(6);
    column->addLayout(row);
    column->addWidget(m_result);
    auto *label = new QLabel(tr("Fol&der:"), this);
    label->setBuddy(m_folder);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(label, column);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_note);
    layout->addStretch(1);

    connect(m_folder, &QLineEdit::textChanged, this, &NewBlogOpenPage::detect);
    connect(m_browse, &QPushButton::clicked, this, &NewBlogOpenPage::browse);
}

QString NewBlogOpenPage::describe(const SiteLayout &layout)
{
    const QString kind = SiteLayout::kindName(layout.kind);
    switch (layout.kind) {
    case SiteKind::Native:
        return tr("%1 blog \u2014 settings in %2, posts in %3, pages in %4, output %5")
            .arg(kind, layout.configFile, folder(layout.postsFolder), folder(layout.pagesFolder),
                 folder(layout.outputFolder));
    case SiteKind::Hugo:
        return tr("%1 site \u2014 config %2, posts in %3, output %4")
            .arg(kind, layout.configFile, folder(layout.postsFolder), folder(layout.outputFolder));
    case SiteKind::Jekyll:
        return tr("%1 site \u2014 config %2, posts in %3, drafts in %4, output %5")
            .arg(kind, layout.configFile, folder(layout.postsFolder), folder(layout.draftsFolder),
                 folder(layout.outputFolder));
    case SiteKind::Unknown:
        break;
    }
    return layout.explanation;
}

bool NewBlogOpenPage::isComplete() const
{
    return !m_openable.isEmpty();
}

void NewBlogOpenPage::browse()
{
    const QString typed = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString start = QFileInfo(typed).isDir() ? typed : m_startFolder;
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Open Blog"), start);
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void NewBlogOpenPage::detect()
{
    m_openable.clear();
    m_kind = SiteKind::Unknown;
    const QString typed = m_folder->text().trimmed();
    if (typed.isEmpty()) {
        m_result->clear();
        Q_EMIT completeChanged();
        return;
    }
    const QString path = QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(typed)).absoluteFilePath());
    if (!QFileInfo(path).isDir()) {
        m_result->show(InlineMessage::Kind::Error,
                       tr("There is no folder %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT completeChanged();
        return;
    }
    const SiteLayout layout = SiteLayout::detect(path);
    m_kind = layout.kind;
    if (!layout.isValid()) {
        m_result->show(InlineMessage::Kind::Error, layout.explanation);
        Q_EMIT completeChanged();
        return;
    }
    // What the window will do with it: a config it cannot read would fail there, so it fails here.
    const Result<Blog> blog = Blog::open(path);
    if (!blog) {
        m_result->show(
            InlineMessage::Kind::Error,
            tr("%1\nIts settings cannot be read: %2").arg(describe(layout), blog.error().toString()));
    } else {
        m_openable = path;
        m_result->show(InlineMessage::Kind::Info,
                       tr("%1\nTitle: %2").arg(describe(layout), blog.value().settings().title));
    }
    Q_EMIT completeChanged();
}

} // namespace Postwright
