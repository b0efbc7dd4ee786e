// MainWindow's publishing: the Publish and Publish To commands, the toolbar that shows them, the
// targets dialog, and the glue between the window (saving, the build action, the status bar) and
// the PublishController that does the work.

#include "blog/blogindex.h"
#include "mainwindow/buildcontroller.h"
#include "mainwindow/mainwindow.h"
#include "posttree/posttreepanel.h"
#include "posttree/publishstatecache.h"
#include "publish/blogimportcontroller.h"
#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"
#include "publish/publishsession.h"
#include "publish/publishstatus.h"
#include "publish/targetsdialog.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

namespace Postwright {

void MainWindow::createPublishing()
{
    m_credentials = new CredentialStore(QStringLiteral("Postwright"), this);
    m_publish = new PublishController(m_credentials, this);
    m_publish->setSaveOpenPosts([this] { return save(); });
    statusBar()->addPermanentWidget(m_publish->statusWidget());
    connect(m_publish, &PublishController::runningChanged, this, &MainWindow::onPublishRunningChanged);
    connect(m_publish, &PublishController::targetsNeeded, this, [this] {
        statusBar()->showMessage(
            tr("This blog has no publish targets yet. Add one to blog.yaml under publish:."), 10000);
        showPublishTargets();
    });

    // The tree's badges follow each publish (and a "keep the web version" that rewrote a post).
    m_publishStates = new PublishStateCache(this);
    connect(m_publish, &PublishController::finished, m_publishStates, &PublishStateCache::reload);

    // Importing shares the publish's status area, secrets and one-job-at-a-time rule.
    m_import = new BlogImportController(m_credentials, m_publish, this);
    connect(m_import, &BlogImportController::runningChanged, this, &MainWindow::onPublishRunningChanged);
    connect(m_import, &BlogImportController::finished, m_publishStates, &PublishStateCache::reload);

    m_publishToMenu = new QMenu(tr("Publish &To"), this);
    m_publishToMenu->setObjectName(QStringLiteral("site.publishTo"));
    connect(m_publishToMenu, &QMenu::aboutToShow, this, &MainWindow::fillPublishToMenu);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(action(QStringLiteral("site.build")));
    // Publish at the far end, where the eye lands after writing.
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    QAction *publish = action(QStringLiteral("site.publish"));
    m_toolBar->addAction(publish);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(publish))) {
        button->setObjectName(QStringLiteral("publishButton"));
        button->setMenu(m_publishToMenu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
    }

    // Focus mode is only the text: the toolbar goes, and comes back as it was.
    connect(m_focusModeAction, &QAction::toggled, this, [this, wasVisible = true](bool on) mutable {
        if (on) {
            wasVisible = m_toolBar->isVisible();
            m_toolBar->hide();
        } else {
            m_toolBar->setVisible(wasVisible);
        }
    });
}

void MainWindow::publishSite(const QString &targetName)
{
    if (!m_index) {
        statusBar()->showMessage(tr("Open a blog to publish it."), 5000);
        return;
    }
    if (m_build->isRunning()) {
        statusBar()->showMessage(tr("The site is being built; publish when the build is done."), 5000);
        return;
    }
    QString target = targetName;
    if (target.isEmpty()) {
        // The writer's choice in Preferences; a target gone from blog.yaml since falls back to the
        // blog's own default (the dialog shows it as gone).
        const PublishTargetChoice choice = m_settings.value(SettingsTable::publishTarget.of(blogRoot()));
        const Result<PublishTargets> targets = PublishSession::readTargets(blogRoot());
        if (targets && choice.kind == PublishTargetChoice::Kind::Target && targets.value().find(choice.name)) {
            target = choice.name;
        } else if (targets && choice.kind == PublishTargetChoice::Kind::Ask && targets.value().targets.size() > 1) {
            QStringList names;
            for (const PublishTarget &candidate : targets.value().targets)
                names.append(candidate.name);
            askPublishTarget(names);
            return;
        }
    }
    m_publish->publish(blogRoot(), QUrl(m_index->blog().settings().baseUrl), target);
}

void MainWindow::askPublishTarget(const QStringList &names)
{
    auto *chooser = new QInputDialog(this);
    chooser->setObjectName(QStringLiteral("publishTargetChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setWindowTitle(tr("Publish"));
    chooser->setLabelText(tr("Publish to:"));
    chooser->setComboBoxItems(names);
    chooser->setOkButtonText(tr("Publish"));
    connect(chooser, &QInputDialog::textValueSelected, this, [this](const QString &name) { publishSite(name); });
    chooser->open();
}

void MainWindow::showPublishTargets()
{
    if (!m_index) {
        statusBar()->showMessage(tr("Open a blog to see its publish targets."), 5000);
        return;
    }
    auto *dialog = new TargetsDialog(blogRoot(), m_credentials, m_publish->knownHostsFile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // blog.yaml may have gained or lost a blog API target meanwhile.
    connect(dialog, &QDialog::finished, m_publishStates, &PublishStateCache::reload);
    dialog->open();
}

void MainWindow::fillPublishToMenu()
{
    m_publishToMenu->clear();
    const Result<PublishTargets> targets =
        m_index ? PublishSession::readTargets(blogRoot()) : Result<PublishTargets>(PublishTargets{});
    if (!targets) {
        m_publishToMenu->addAction(tr("blog.yaml\u2019s publish section has a problem"))->setEnabled(false);
    } else if (targets.value().targets.empty()) {
        m_publishToMenu->addAction(tr("No publish targets yet"))->setEnabled(false);
    } else {
        const PublishTarget *defaultTarget = targets.value().defaultTarget();
        for (const PublishTarget &target : targets.value().targets) {
            const QString text = &target == defaultTarget ? tr("%1 (default)").arg(target.name) : target.name;
            QAction *publishTo = m_publishToMenu->addAction(text);
            publishTo->setObjectName(QStringLiteral("site.publishTo.") + target.name);
            connect(publishTo, &QAction::triggered, this, [this, name = target.name] { publishSite(name); });
        }
    }
    m_publishToMenu->addSeparator();
    m_publishToMenu->addAction(action(QStringLiteral("site.publishTargets")));
}

void MainWindow::onPublishRunningChanged(bool running)
{
    action(QStringLiteral("site.publish"))->setEnabled(!running);
    action(QStringLiteral("site.importPosts"))->setEnabled(!running);
    m_publishToMenu->setEnabled(!running);
    // The publish builds into public/ and reads it while sending: no second build meanwhile.
    action(QStringLiteral("site.build"))->setEnabled(!running && !m_build->isRunning());
}

void MainWindow::importPosts()
{
    if (!m_index) {
        statusBar()->showMessage(tr("Open a blog to import posts into it."), 5000);
        return;
    }
    m_import->chooseAndImport(blogRoot());
}

void MainWindow::loadPublishStates()
{
    m_postTree->setPublishStates(m_publishStates);
    m_publishStates->load(m_index ? blogRoot() : QString());
}

} // namespace Postwright
