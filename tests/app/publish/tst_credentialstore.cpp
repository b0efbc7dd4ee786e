#include "publish/credentialstore.h"

#include <QLoggingCategory>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

constexpr int keychainTimeoutMs = 15000;

QStringList g_messages;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

template<typename T>
QByteArray errorText(const std::optional<Result<T>> &result)
{
    if (!result)
        return "the keychain did not answer";
    return result->ok() ? QByteArray() : result->error().toString().toLocal8Bit();
}

// Runs one store call and waits for its answer; nullopt when the keychain never answers. The
// local context cuts the connection on return, so a late answer cannot touch `result`.
template<typename T, typename Call>
std::optional<Result<T>> waitForAnswer(Call call)
{
    QObject context;
    std::optional<Result<T>> result;
    call(&context, [&result](Result<T> answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, keychainTimeoutMs))
        return std::nullopt;
    return result;
}

std::optional<Result<void>> write(CredentialStore &store, const QString &key, const QString &secret)
{
    return waitForAnswer<void>(
        [&](QObject *context, auto done) { store.writeSecret(key, secret, context, done); });
}

std::optional<Result<QString>> read(CredentialStore &store, const QString &key)
{
    return waitForAnswer<QString>([&](QObject *context, auto done) { store.readSecret(key, context, done); });
}

std::optional<Result<void>> remove(CredentialStore &store, const QString &key)
{
    return waitForAnswer<void>([&](QObject *context, auto done) { store.removeSecret(key, context, done); });
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writesAndReadsBack_data();
    void writesAndReadsBack();
    void overwriteReplacesTheSecret();
    void removeDeletesTheSecret();
    void removingMissingKeyIsHarmless();
    void readingMissingKeyNamesIt();
    void servicesDoNotShareSecrets();
    void secretsNeverReachTheLog();

private:
    QString newKey();

    // A service of its own per run, so nothing collides with real secrets or earlier runs.
    const QString m_service =
        u"Postwright tests %1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    CredentialStore m_store{m_service};
    QStringList m_keys;
};

QString TestCredentialStore::newKey()
{
    m_keys.append(u"target-%1/token"_s.arg(m_keys.size() + 1));
    return m_keys.last();
}

void TestCredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("Needs a D-Bus session with a Secret Service; run it through scripts/dev test.");
    QCOMPARE(m_store.service(), m_service);
}

void TestCredentialStore::cleanupTestCase()
{
    for (const QString &key : std::as_const(m_keys))
        remove(m_store, key);
}

void TestCredentialStore::writesAndReadsBack_data()
{
    QTest::addColumn<QString>("secret");

    // Shaped like a GitHub token, but assembled so secret scanners do not mistake it for one.
    QTest::newRow("token") << (u"gh"_s + u"p_0123456789abcdefABCDEF"_s);
    QTest::newRow("unicode") << u"p\u00e4ssw\u00f6rd \U0001f511 \u5bc6\u7801"_s;
    QTest::newRow("spaces, quotes and newlines") << u" line one \"quoted\"\nline two\t"_s;
}

void TestCredentialStore::writesAndReadsBack()
{
    QFETCH(QString, secret);
    const QString key = newKey();

    const auto written = write(m_store, key, secret);
    QVERIFY2(written && written->ok(), errorText(written).constData());
    const auto readBack = read(m_store, key);
    QVERIFY2(readBack && readBack->ok(), errorText(readBack).constData());
    QCOMPARE(readBack->value(), secret);
}

void TestCredentialStore::overwriteReplacesTheSecret()
{
    const QString key = newKey();
    const auto first = write(m_store, key, u"first"_s);
    QVERIFY2(first && first->ok(), errorText(first).constData());
    const auto second = write(m_store, key, u"second"_s);
    QVERIFY2(second && second->ok(), errorText(second).constData());

    const auto readBack = read(m_store, key);
    QVERIFY2(readBack && readBack->ok(), errorText(readBack).constData());
    QCOMPARE(readBack->value(), u"second"_s);
}

void TestCredentialStore::removeDeletesTheSecret()
{
    const QString key = newKey();
    const auto written = write(m_store, key, u"short-lived"_s);
    QVERIFY2(written && written->ok(), errorText(written).constData());

    const auto removed = remove(m_store, key);
    QVERIFY2(removed && removed->ok(), errorText(removed).constData());
    const auto readBack = read(m_store, key);
    QVERIFY(readBack);
    QVERIFY(!readBack->ok());
    QCOMPARE(readBack->error().message, u"No secret is stored for %1."_s.arg(key));
}

void TestCredentialStore::removingMissingKeyIsHarmless()
{
    const auto removed = remove(m_store, newKey());
    QVERIFY2(removed && removed->ok(), errorText(removed).constData());
}

void TestCredentialStore::readingMissingKeyNamesIt()
{
    const QString key = newKey();
    const auto readBack = read(m_store, key);
    QVERIFY(readBack);
    QVERIFY(!readBack->ok());
    QCOMPARE(readBack->error().message, u"No secret is stored for %1."_s.arg(key));
    QVERIFY(readBack->error().file.isEmpty());
}

void TestCredentialStore::servicesDoNotShareSecrets()
{
    const QString key = newKey();
    const auto written = write(m_store, key, u"mine"_s);
    QVERIFY2(written && written->ok(), errorText(written).constData());

    CredentialStore otherService(m_service + u" (other)"_s);
    const auto readBack = read(otherService, key);
    QVERIFY(readBack);
    QVERIFY(!readBack->ok());
    QCOMPARE(readBack->error().message, u"No secret is stored for %1."_s.arg(key));
}

void TestCredentialStore::secretsNeverReachTheLog()
{
    const QString secret = u"do-not-log-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString key = newKey();
    QLoggingCategory::setFilterRules(u"postwright.*.debug=true"_s);
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);

    const auto written = write(m_store, key, secret);
    const auto readBack = read(m_store, key);
    const auto removed = remove(m_store, key);
    const auto missing = read(m_store, key);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(written && written->ok() && readBack && readBack->ok() && removed && removed->ok() && missing);
    QVERIFY(!g_messages.isEmpty()); // the debug output was on, so the test can see a leak
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(secret), qPrintable(message));
    QVERIFY(!missing->error().message.contains(secret));
}

QTEST_GUILESS_MAIN(TestCredentialStore)

#include "tst_credentialstore.moc"
