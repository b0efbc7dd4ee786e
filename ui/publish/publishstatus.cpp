#include "publish/publishstatus.h"

#include "publish/publishtext.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Postwright {

namespace {

constexpr int kFileLabelWidth = 240;

} // namespace

PublishStatus::PublishStatus(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("publishStatus"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("publishProgressBar"));
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(140);
    m_bar->setMaximumHeight(14);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("publishStatusText"));
    m_text->setTextFormat(Qt::PlainText);
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("publishCurrentFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setFixedWidth(kFileLabelWidth);
    m_file->setEnabled(false); // dimmed: the detail, not the message
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("publishCancel"));
    m_cancel->setToolTip(tr("Stop after the files being sent now. Publish again later to send the rest."));
    m_openSite = new QPushButton(tr("Open Site"), this);
    m_openSite->setObjectName(QStringLiteral("publishOpenSite"));
    m_detailsButton = new QPushButton(tr("Details\u2026"), this);
    m_detailsButton->setObjectName(QStringLiteral("publishDetails"));
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(QStringLiteral("publishDismiss"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setToolTip(tr("Dismiss"));
    for (QAbstractButton *button :
         {static_cast<QAbstractButton *>(m_cancel), static_cast<QAbstractButton *>(m_openSite),
          static_cast<QAbstractButton *>(m_detailsButton)})
        button->setFocusPolicy(Qt::NoFocus); // typing in the editor must not land on them

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    layout->addWidget(m_file);
    layout->addWidget(m_cancel);
    layout->addWidget(m_openSite);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_dismiss);

    connect(m_cancel, &QPushButton::clicked, this, &PublishStatus::cancelRequested);
    connect(m_openSite, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_site); });
    connect(m_detailsButton, &QPushButton::clicked, this, [this] { Q_EMIT detailsRequested(m_details); });
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void PublishStatus::showBusy(const QString &text)
{
    m_result = false;
    m_bar->setRange(0, 0);
    m_bar->show();
    m_text->setStyleSheet(QString());
    m_text->setMinimumWidth(0);
    m_text->setText(text);
    m_text->setToolTip(QString());
    setCurrentFile({});
    m_file->hide();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_openSite->hide();
    m_detailsButton->hide();
    m_dismiss->hide();
    show();
}

void PublishStatus::showWaiting(const QString &text)
{
    showBusy(text);
    m_bar->hide();
    m_cancel->hide();
}

void PublishStatus::showProgress(int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal,
                                 const QString &currentFile)
{
    if (m_result || !m_cancel->isEnabled())
        return; // a late signal after the end, or while cancelling
    if (m_unit == Unit::Posts) {
        // Posts differ little in size and the bytes are not what the writer counts.
        m_text->setMinimumWidth(
            m_text->fontMetrics().horizontalAdvance(tr("%L1 of %L2 posts").arg(filesTotal).arg(filesTotal)) +
            12);
        m_bar->setRange(0, qMax(1, filesTotal));
        m_bar->setValue(filesDone);
        m_text->setText(tr("%L1 of %L2 posts").arg(filesDone).arg(filesTotal));
        if (!currentFile.isEmpty())
            setCurrentFile(currentFile);
        m_file->show();
        return;
    }
    // Wide enough for large numbers, so the bar does not jump as they grow.
    m_text->setMinimumWidth(
        m_text->fontMetrics().horizontalAdvance(
            tr("%L1 of %L2 files \u00b7 %3 of %4")
                .arg(filesTotal)
                .arg(filesTotal)
                .arg(PublishText::dataSize(bytesTotal), PublishText::dataSize(bytesTotal))) +
        12);
    m_bar->setRange(0, 1000);
    m_bar->setValue(bytesTotal > 0 ? int(bytesDone * 1000 / bytesTotal)
                                   : (filesTotal > 0 ? filesDone * 1000 / filesTotal : 0));
    m_text->setText(tr("%L1 of %L2 files \u00b7 %3 of %4")
                        .arg(filesDone)
                        .arg(filesTotal)
                        .arg(PublishText::dataSize(bytesDone), PublishText::dataSize(bytesTotal)));
    if (!currentFile.isEmpty())
        setCurrentFile(currentFile);
    m_file->show();
}

void PublishStatus::showCancelling()
{
    m_cancel->setEnabled(false);
    m_bar->setRange(0, 0);
    m_text->setText(m_unit == Unit::Posts ? tr("Cancelling after the post being sent\u2026")
                                          : tr("Cancelling after the files in flight\u2026"));
}

void PublishStatus::showResult(Outcome outcome, const QString &text, const QUrl &site, const QString &details,
                               const QString &openText)
{
    m_openSite->setText(openText.isEmpty() ? tr("Open Site") : openText);
    m_result = true;
    m_site = site;
    m_details = details;
    m_bar->hide();
    setCurrentFile({});
    m_file->hide();
    m_cancel->hide();
    m_text->setMinimumWidth(0);
    m_text->setText(text);
    m_text->setToolTip(details.isEmpty() ? text : details);
    m_text->setStyleSheet(outcome == Outcome::Failure   ? QStringLiteral("color: #b3261e;")
                          : outcome == Outcome::Success ? QStringLiteral("color: #1a7f37;")
                                                        : QString());
    m_openSite->setVisible(site.isValid() && outcome != Outcome::Failure);
    m_detailsButton->setVisible(!details.isEmpty());
    m_dismiss->show();
    show();
}

QString PublishStatus::text() const
{
    return m_text->text();
}

void PublishStatus::setCurrentFile(const QString &file)
{
    m_currentFile = file;
    m_file->setToolTip(file);
    m_file->setText(m_file->fontMetrics().elidedText(file, Qt::ElideMiddle, kFileLabelWidth));
}

} // namespace Postwright
