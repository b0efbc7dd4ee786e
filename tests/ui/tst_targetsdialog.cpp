#include "publish/credentialstore.h"
#include "publish/hostkeyconfirmer.h"
#include "publish/hostkeydialog.h"
#include "publish/publishsession.h"
#include "publish/targetsdialog.h"
#include "sshdfixture.h"
#include "testblog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <optional>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

constexpr int kTimeout = 30000;

QString labelText(QWidget *parent, const char *name)
{
    const auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

template<typename Widget>
Widget *child(QWidget *parent, const char *name)
{
    return parent->findChild<Widget *>(QString::fromLatin1(name));
}

// The keychain's answer for a key, waited for; nullopt when it never answers.
std::optional<Result<QString>> readBack(CredentialStore &store, const QString &key)
{
    QObject context;
    std::optional<Result<QString>> result;
    store.readSecret(key, &context, [&result](Result<QString> answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kTimeout))
        return std::nullopt;
    return result;
}

void removeSecret(CredentialStore &store, const QString &key)
{
    QObject context;
    bool done = false;
    store.removeSecret(key, &context, [&done](Result<void>) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, kTimeout))
        qWarning("the keychain did not answer a removal");
}

} // namespace

// Site ▸ Publish Targets against a real keychain (the test session's gnome-keyring, see
// scripts/dev) and a real sshd: listing, secrets saved, read back and forgotten, and the
// connection test with the right and a wrong password.
class TestTargetsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void listsTheTargetsWithTheDefault();
    void invalidPublishSectionShowsFileAndLine();
    void withoutTargetsExplainsHowToAddOne();
    void folderTargetNeedsNoSecretAndConnects();
    void savesReadsBackAndForgetsASecret();
    void testConnectionWithRightAndWrongPassword();

private:
    static QByteArray targetsYaml(const QString &sftpHost = QStringLiteral("example.org"), int port = 0,
                                  const QString &sftpPath = QStringLiteral("/var/www/blog"));

    CredentialStore m_store{QStringLiteral("Postwright")};
    QStringList m_keysToRemove;
};

void TestTargetsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestTargetsDialog::cleanup()
{
    for (const QString &key : std::as_const(m_keysToRemove))
        removeSecret(m_store, key);
    m_keysToRemove.clear();
    QSettings().clear();
}

QByteArray TestTargetsDialog::targetsYaml(const QString &sftpHost, int port, const QString &sftpPath)
{
    return QStringLiteral("title: Test Blog\n"
                          "baseURL: https://example.org/\n"
                          "publish:\n"
                          "  default: backup\n"
                          "  targets:\n"
                          "    - name: backup\n"
                          "      type: folder\n"
                          "      path: backup-copy\n"
                          "    - name: dialog-sftp\n"
                          "      type: sftp\n"
                          "      host: %1\n"
                          "      port: %2\n"
                          "      user: %3\n"
                          "      path: %4\n"
                          "    - name: archive\n"
                          "      type: zip\n"
                          "      path: site.zip\n")
        .arg(sftpHost)
        .arg(port > 0 ? port : 22)
        .arg(SshdFixture::passwordUser(), sftpPath)
        .toUtf8();
}

void TestTargetsDialog::listsTheTargetsWithTheDefault()
{
    TestBlog blog(targetsYaml());
    TargetsDialog dialog(blog.root(), &m_store, blog.path(QStringLiteral("known_hosts")));
    dialog.show();
    auto *list = child<QTreeWidget>(&dialog, "targetsList");
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("backup (default)"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("folder"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("dialog-sftp"));
    QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("sftp://pwtest@example.org:22/var/www/blog"));
    QVERIFY(!labelText(&dialog, "targetsError").contains(QStringLiteral("problem")));
    QVERIFY(!child<QLabel>(&dialog, "targetsExample")->isVisible()); // folded away: there are targets

    QVERIFY(dialog.selectTarget(QStringLiteral("dialog-sftp")));
    QVERIFY(labelText(&dialog, "targetWhere").contains(QStringLiteral("sftp")));
    QVERIFY(child<QLineEdit>(&dialog, "targetSecret")->isEnabled());
    QCOMPARE(child<QLineEdit>(&dialog, "targetSecret")->echoMode(), QLineEdit::Password);
}

void TestTargetsDialog::invalidPublishSectionShowsFileAndLine()
{
    TestBlog blog("title: Test Blog\n"
                  "publish:\n"
                  "  targets:\n"
                  "    - name: live\n"
                  "      type: sftp\n"
                  "      host: example.org\n"
                  "      user: me\n"
                  "      password: hunter2\n");
    TargetsDialog dialog(blog.root(), &m_store, blog.path(QStringLiteral("known_hosts")));
    dialog.show();
    const QString error = labelText(&dialog, "targetsError");
    QVERIFY2(error.contains(QStringLiteral("blog.yaml:8")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("keychain")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("hunter2")));
    QCOMPARE(child<QTreeWidget>(&dialog, "targetsList")->topLevelItemCount(), 0);
}

void TestTargetsDialog::withoutTargetsExplainsHowToAddOne()
{
    TestBlog blog;
    TargetsDialog dialog(blog.root(), &m_store, blog.path(QStringLiteral("known_hosts")));
    dialog.show();
    QVERIFY(labelText(&dialog, "targetsError").contains(QStringLiteral("no publish targets")));
    QVERIFY(child<QLabel>(&dialog, "targetsExample")->isVisible());
    QVERIFY(labelText(&dialog, "targetsExample").contains(QStringLiteral("publish:\n  default:")));

    // Added while the dialog is open: Reload shows it.
    blog.write(QStringLiteral("blog.yaml"), targetsYaml());
    child<QAbstractButton>(&dialog, "reloadTargets")->click();
    QCOMPARE(child<QTreeWidget>(&dialog, "targetsList")->topLevelItemCount(), 3);
}

void TestTargetsDialog::folderTargetNeedsNoSecretAndConnects()
{
    TestBlog blog(targetsYaml());
    TargetsDialog dialog(blog.root(), &m_store, blog.path(QStringLiteral("known_hosts")));
    dialog.show();
    QVERIFY(dialog.selectTarget(QStringLiteral("backup")));
    QVERIFY(!child<QLineEdit>(&dialog, "targetSecret")->isEnabled());
    QSignalSpy tested(&dialog, &TargetsDialog::connectionTested);
    child<QAbstractButton>(&dialog, "testConnection")->click();
    QVERIFY(tested.wait(kTimeout));
    QCOMPARE(tested.first().first().toBool(), true);
    QCOMPARE(labelText(&dialog, "connectionResult"), QStringLiteral("Connected."));
}

void TestTargetsDialog::savesReadsBackAndForgetsASecret()
{
    TestBlog blog(targetsYaml());
    TargetsDialog dialog(blog.root(), &m_store, blog.path(QStringLiteral("known_hosts")));
    dialog.show();
    const QString key = dialog.targets().find(QStringLiteral("dialog-sftp"))->id();
    m_keysToRemove.append(key);
    removeSecret(m_store, key); // a leftover from an earlier run

    QSignalSpy state(&dialog, &TargetsDialog::secretStateChanged);
    QVERIFY(dialog.selectTarget(QStringLiteral("dialog-sftp")));
    QVERIFY(state.wait(kTimeout));
    if (labelText(&dialog, "secretState").contains(QStringLiteral("No system keychain")))
        QSKIP("no keychain in this session; scripts/dev test runs one");
    QCOMPARE(state.last().first().toBool(), false);
    QVERIFY(!child<QAbstractButton>(&dialog, "forgetSecret")->isEnabled());

    const QString secret = QStringLiteral("dialog-secret-\u00e9-4711");
    child<QLineEdit>(&dialog, "targetSecret")->setText(secret);
    state.clear();
    child<QAbstractButton>(&dialog, "saveSecret")->click();
    QVERIFY(QTest::qWaitFor([&] { return !state.isEmpty() && state.last().first().toBool(); }, kTimeout));
    QVERIFY2(labelText(&dialog, "secretState").contains(QStringLiteral("is stored")),
             qPrintable(labelText(&dialog, "secretState")));
    QVERIFY(!labelText(&dialog, "secretState").contains(secret));
    QVERIFY(child<QLineEdit>(&dialog, "targetSecret")->text().isEmpty()); // not left lying in the field

    const std::optional<Result<QString>> stored = readBack(m_store, key);
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->value(), secret);

    // Another dialog sees it too.
    TargetsDialog again(blog.root(), &m_store, blog.path(QStringLiteral("known_hosts")));
    QSignalSpy againState(&again, &TargetsDialog::secretStateChanged);
    QVERIFY(again.selectTarget(QStringLiteral("dialog-sftp")));
    QVERIFY(againState.wait(kTimeout));
    QCOMPARE(againState.last().first().toBool(), true);

    state.clear();
    child<QAbstractButton>(&dialog, "forgetSecret")->click();
    QVERIFY(QTest::qWaitFor([&] { return !state.isEmpty() && !state.last().first().toBool(); }, kTimeout));
    const std::optional<Result<QString>> forgotten = readBack(m_store, key);
    QVERIFY(forgotten && !forgotten->ok());
}

void TestTargetsDialog::testConnectionWithRightAndWrongPassword()
{
    QString why;
    if (!SshdFixture::ensurePasswordUser(&why))
        QSKIP(qPrintable(why));
    SshdFixture sshd;
    if (!sshd.start())
        QSKIP(qPrintable(sshd.errorString()));
    TestBlog blog(targetsYaml(sshd.host(), sshd.port(), sshd.remoteRoot() + QStringLiteral("/dialog-test")));
    TargetsDialog dialog(blog.root(), &m_store, blog.path(QStringLiteral("known_hosts")));
    dialog.show();
    const QString key = dialog.targets().find(QStringLiteral("dialog-sftp"))->id();
    removeSecret(m_store, key);
    QVERIFY(dialog.selectTarget(QStringLiteral("dialog-sftp")));

    // The first connection asks about the unknown server; trusting it remembers the key.
    connect(dialog.hostKeyConfirmer(), &HostKeyConfirmer::asking, this, [](QDialog *asked) {
        asked->findChild<QAbstractButton *>(QStringLiteral("trustHostKey"))->click();
    });
    QSignalSpy tested(&dialog, &TargetsDialog::connectionTested);
    child<QLineEdit>(&dialog, "targetSecret")->setText(SshdFixture::password());
    child<QAbstractButton>(&dialog, "testConnection")->click();
    QVERIFY(tested.wait(kTimeout));
    QVERIFY2(tested.last().first().toBool(), qPrintable(labelText(&dialog, "connectionResult")));
    QCOMPARE(labelText(&dialog, "connectionResult"), QStringLiteral("Connected."));
    QVERIFY(QFile::exists(blog.path(QStringLiteral("known_hosts"))));

    child<QLineEdit>(&dialog, "targetSecret")->setText(QStringLiteral("wrong-password"));
    child<QAbstractButton>(&dialog, "testConnection")->click();
    QVERIFY(tested.wait(kTimeout));
    QCOMPARE(tested.last().first().toBool(), false);
    const QString result = labelText(&dialog, "connectionResult");
    QVERIFY2(result.contains(QStringLiteral("Could not log in")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("did not accept the password")), qPrintable(result));
    QVERIFY(!result.contains(QStringLiteral("wrong-password")));

    // Nothing typed and nothing stored: it says what is missing instead of trying.
    child<QLineEdit>(&dialog, "targetSecret")->clear();
    child<QAbstractButton>(&dialog, "testConnection")->click();
    QVERIFY(tested.wait(kTimeout));
    QCOMPARE(tested.last().first().toBool(), false);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Postwright"));
    TestTargetsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_targetsdialog.moc"
