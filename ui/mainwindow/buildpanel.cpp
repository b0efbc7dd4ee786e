#include "mainwindow/buildpanel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Postwright {

namespace {

enum Column { PlaceColumn, MessageColumn };
enum Role { PathRole = Qt::UserRole, LineRole, ColumnRole };

QString fileCount(qsizetype count)
{
    return count == 1 ? BuildPanel::tr("1 file") : BuildPanel::tr("%L1 files").arg(count);
}

} // namespace

BuildPanel::BuildPanel(QWidget *parent)
    : QDockWidget(tr("Build"), parent)
    , m_openExternally([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("buildPanel"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    toggleViewAction()->setObjectName(QStringLiteral("view.buildPanel"));
    toggleViewAction()->setText(tr("&Build Panel"));
    toggleViewAction()->setStatusTip(tr("The last build: the generator's output and the problems it found"));

    auto *content = new QWidget(this);
    m_command = new QLabel(content);
    m_command->setObjectName(QStringLiteral("buildCommand"));
    m_command->setTextFormat(Qt::PlainText);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("buildSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), content);
    m_cancel->setObjectName(QStringLiteral("buildCancel"));
    m_cancel->setVisible(false);
    m_openOutput = new QPushButton(tr("Open Output Folder"), content);
    m_openOutput->setObjectName(QStringLiteral("buildOpenOutput"));
    m_openOutput->setEnabled(false);

    m_output = new QPlainTextEdit(content);
    m_output->setObjectName(QStringLiteral("buildOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMaximumBlockCount(MaxOutputLines);
    m_output->setPlaceholderText(tr("The generator's output appears here while it builds."));

    m_problems = new QTreeWidget(content);
    m_problems->setObjectName(QStringLiteral("buildProblems"));
    m_problems->setHeaderLabels({tr("Where"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setWordWrap(false);
    m_problems->header()->setStretchLastSection(true);
    m_problems->setToolTip(tr("Double-click a problem, or press Enter, to open its file at the line"));

    auto *header = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_summary);
    texts->addWidget(m_command);
    header->addLayout(texts, 1);
    header->addWidget(m_cancel, 0, Qt::AlignTop);
    header->addWidget(m_openOutput, 0, Qt::AlignTop);
    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_output);
    splitter->addWidget(m_problems);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    setWidget(content);

    m_clock.setInterval(200);
    connect(&m_clock, &QTimer::timeout, this, &BuildPanel::updateRunning);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling the build\u2026"));
        Q_EMIT cancelRequested();
    });
    connect(m_openOutput, &QPushButton::clicked, this, [this] { openExternally(m_outputPath); });
    connect(m_problems, &QTreeWidget::itemActivated, this, &BuildPanel::onProblemActivated);
}

void BuildPanel::buildStarted(const QString &siteRoot, const QString &commandLine, const QString &builderName)
{
    m_siteRoot = siteRoot;
    m_builderName = builderName;
    m_building = true;
    m_output->clear();
    m_problems->clear();
    setCommandLine(commandLine);
    m_cancel->setEnabled(true);
    m_cancel->setVisible(true);
    m_elapsed.start();
    m_clock.start();
    updateRunning();
}

void BuildPanel::setCommandLine(const QString &commandLine)
{
    m_command->setText(commandLine.isEmpty() ? tr("Postwright\u2019s built-in builder")
                                             : QStringLiteral("$ ") + commandLine);
}

void BuildPanel::updateRunning()
{
    if (!m_building)
        return;
    if (m_cancel->isEnabled())
        m_summary->setText(
            tr("Building with %1\u2026 %2").arg(m_builderName, durationText(m_elapsed.elapsed())));
}

void BuildPanel::appendOutput(const QString &line, bool isError)
{
    // Follow the end unless the writer scrolled up to read.
    QScrollBar *bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_output->document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat format;
    if (isError) // stderr: Hugo's and Jekyll's warnings and errors
        format.setForeground(QColor(0xb3, 0x26, 0x1e));
    cursor.insertText(line, format);
    if (atEnd)
        bar->setValue(bar->maximum());
}

QString BuildPanel::durationText(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return tr("%L1 ms").arg(milliseconds);
    return tr("%1 s").arg(QLocale().toString(milliseconds / 1000.0, 'f', 1));
}

void BuildPanel::buildFinished(const BuildReport &report, const QString &outputPath, bool cancelled)
{
    m_building = false;
    m_clock.stop();
    m_cancel->setVisible(false);
    m_outputPath = outputPath;
    m_openOutput->setEnabled(!outputPath.isEmpty() && QFileInfo(outputPath).isDir());
    const qint64 elapsed = report.elapsedMs > 0 ? report.elapsedMs : m_elapsed.elapsed();
    const int problems = int(report.errors.size());
    QString text;
    if (cancelled) {
        text = tr("Build cancelled after %1.").arg(durationText(elapsed));
    } else if (report.fatal) {
        text = problems == 1 ? tr("The build with %1 failed after %2: 1 problem.")
                                   .arg(m_builderName, durationText(elapsed))
                             : tr("The build with %1 failed after %2: %L3 problems.")
                                   .arg(m_builderName, durationText(elapsed))
                                   .arg(problems);
    } else {
        text = tr("Built with %1 in %2: %3 written, %L4 unchanged, %L5 removed.")
                   .arg(m_builderName, durationText(elapsed), fileCount(report.written.size()))
                   .arg(report.unchanged)
                   .arg(report.removed.size());
        if (problems > 0)
            text += u' ' + (problems == 1 ? tr("1 post was left out.")
                                          : tr("%L1 posts were left out.").arg(problems));
    }
    m_summary->setText(text);

    const QDir root(m_siteRoot);
    for (const SourceError &error : report.errors) {
        QString place;
        QString path;
        if (!error.file.isEmpty()) {
            path = QDir::cleanPath(root.absoluteFilePath(error.file));
            place = QDir::toNativeSeparators(
                path.startsWith(root.absolutePath() + u'/') ? root.relativeFilePath(path) : path);
            if (error.line > 0)
                place += u':' + QString::number(error.line);
            if (error.column > 0)
                place += u':' + QString::number(error.column);
        }
        auto *item = new QTreeWidgetItem({place, error.message});
        item->setToolTip(MessageColumn, error.message);
        item->setData(PlaceColumn, PathRole, path);
        item->setData(PlaceColumn, LineRole, error.line);
        item->setData(PlaceColumn, ColumnRole, error.column);
        m_problems->addTopLevelItem(item);
    }
    m_problems->resizeColumnToContents(PlaceColumn);
    if (m_problems->topLevelItemCount() > 0)
        m_problems->setCurrentItem(m_problems->topLevelItem(0));
}

QString BuildPanel::summary() const
{
    return m_summary->text();
}

bool BuildPanel::openExternally(const QString &path) const
{
    return !path.isEmpty() && m_openExternally && m_openExternally(QUrl::fromLocalFile(path));
}

void BuildPanel::onProblemActivated(const QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString path = item->data(PlaceColumn, PathRole).toString();
    if (path.isEmpty())
        return; // a problem of the whole build: nothing to open
    Q_EMIT problemActivated(path, item->data(PlaceColumn, LineRole).toInt(),
                            item->data(PlaceColumn, ColumnRole).toInt());
}

} // namespace Postwright
