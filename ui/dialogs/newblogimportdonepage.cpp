#include "dialogs/newblogimportdonepage.h"

#include "dialogs/newblogimportpage.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>

namespace Postwright {

namespace {

QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

int countMarkdown(const QStringList &files, QStringView folder)
{
    int count = 0;
    for (const QString &file : files) {
        if (file.startsWith(folder) && file.endsWith(u".md"))
            ++count;
    }
    return count;
}

} // namespace

NewBlogImportDonePage::NewBlogImportDonePage(const NewBlogImportPage *import, QWidget *parent)
    : QWizardPage(parent)
    , m_import(import)
    , m_summary(valueLabel("importSummary", this))
    , m_posts(valueLabel("importPosts", this))
    , m_pages(valueLabel("importPages", this))
    , m_attachments(valueLabel("importAttachments", this))
    , m_skipped(valueLabel("importSkipped", this))
    , m_problems(valueLabel("importProblems", this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("newBlogImportDonePage"));
    setTitle(tr("Import Done"));
    setSubTitle(tr("The new blog is ready: Open Blog starts writing in it."));
    setButtonText(QWizard::FinishButton, tr("&Open Blog"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *form = new QFormLayout;
    form->addRow(tr("Posts:"), m_posts);
    form->addRow(tr("Pages:"), m_pages);
    form->addRow(tr("Attachments copied:"), m_attachments);
    form->addRow(tr("Skipped:"), m_skipped);
    form->addRow(tr("Problems:"), m_problems);
    auto *detailsLabel = new QLabel(tr("&Details:"), this);
    detailsLabel->setBuddy(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
}

void NewBlogImportDonePage::initializePage()
{
    const WxrImportReport &report = m_import->report();
    m_summary->setText(tr("%1 was imported into %2.")
                           .arg(QFileInfo(m_import->exportPath()).fileName(),
                                QDir::toNativeSeparators(m_import->blogPath())));
    m_posts->setText(QString::number(countMarkdown(report.files, u"posts/")));
    m_pages->setText(QString::number(countMarkdown(report.files, u"pages/")));
    m_attachments->setText(QString::number(report.images));
    m_skipped->setText(QString::number(report.skipped));
    m_problems->setText(QString::number(report.problems.size() + report.warnings.size()));

    // Problems first: a post that was not written matters more than an image that was not found.
    QStringList details;
    for (const SourceError &problem : report.problems)
        details.append(problem.toString());
    for (const QString &warning : report.warnings)
        details.append(tr("Warning: %1").arg(warning));
    details.append(report.skippedReasons);
    m_details->setPlainText(details.isEmpty() ? tr("Nothing to report: everything was imported.")
                                              : details.join(u'\n'));
}

} // namespace Postwright
