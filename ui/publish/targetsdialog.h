#pragma once

#include "publish/deploytransport.h"
#include "publish/publishsettings.h"
#include "publish/publishtargets.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QCheckBox;
class QGroupBox;
class QToolButton;
class QTreeWidget;
class QUrl;

namespace Postwright {

class CredentialStore;
class HostKeyConfirmer;

// Site ▸ Publish Targets: the targets blog.yaml defines (a Hugo or Jekyll site's postwright.yaml),
// or its file:line error; each target's secret in the system keychain (save, forget, whether one is
// stored; never shown), a connection test with the typed or stored secret, whether publishing to it
// shows the review sheet, and how to add a target. Targets themselves are edited in that file, the
// one place they live.
class TargetsDialog final : public QDialog
{
    Q_OBJECT

public:
    TargetsDialog(QString blogRoot, CredentialStore *credentials, QString knownHostsFile,
                  QWidget *parent = nullptr);

    // Reads blog.yaml again.
    void reload();
    // Selects a target by name; false when there is none.
    bool selectTarget(const QString &name);
    const PublishTargets &targets() const { return m_targets; }
    HostKeyConfirmer *hostKeyConfirmer() const { return m_confirmer; }
    // blog.yaml, or postwright.yaml for a Hugo or Jekyll site; absolute.
    QString settingsPath() const { return m_settingsPath; }
    // How the settings file opens (QDesktopServices::openUrl by default).
    void setFileOpener(std::function<bool(const QUrl &)> opener) { m_openFile = std::move(opener); }
    // Opens the settings file; a Hugo or Jekyll site's postwright.yaml is created first, with a
    // commented example, when it does not exist.
    void openSettingsFile();

Q_SIGNALS:
    // The keychain state of the selected target is known (after selecting, saving, forgetting).
    void secretStateChanged(bool stored);
    void connectionTested(bool connected);

private:
    const PublishTarget *currentTarget() const;
    void showTarget();
    void refreshSecretState();
    void saveSecret();
    void forgetSecret();
    void testConnection();
    void runConnectionTest(const PublishTarget &target, const QString &secret);
    void onConnectionTested();
    void setResult(QLabel *label, const QString &text, bool good);
    QString settingsFileName() const;
    QString settingsExample() const;

    QString m_blogRoot;
    CredentialStore *m_credentials;
    QString m_knownHostsFile;
    QString m_settingsPath;
    QString m_generator; // "hugo", "jekyll"; empty for a native blog
    QString m_kindName;
    std::function<bool(const QUrl &)> m_openFile;
    PublishSettings m_settings;
    PublishTargets m_targets;
    HostKeyConfirmer *m_confirmer = nullptr;
    quint64 m_secretRequest = 0; // answers for an earlier selection are dropped

    QLabel *m_error = nullptr;
    QTreeWidget *m_list = nullptr;
    QGroupBox *m_details = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_secretHint = nullptr; // where a blog API's key or password comes from
    QLabel *m_secretState = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QCheckBox *m_review = nullptr;
    QToolButton *m_showExample = nullptr;
    QLabel *m_example = nullptr;
    QFutureWatcher<std::optional<TransportError>> m_testWatcher;
    QString m_testedTarget;
};

} // namespace Postwright
