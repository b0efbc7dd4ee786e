// The shipped translations are complete: lupdate over today's sources (the update_translations
// project and options, into copies of translations/*.ts) must leave every message finished, none
// vanished or obsolete, none dropped, and each translation with its source's placeholders. A
// failure lists every message to fix; the fix is `cmake --build BUILD --target update_translations`
// and translating what it marks unfinished.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // the translation's type attribute: unfinished, vanished, obsolete or empty
    QStringList translations; // one, or the numerus forms
    bool numerus = false;

    QString key() const { return context + u'\x04' + source + u'\x04' + comment; }
    QString describe() const
    {
        return QStringLiteral("[%1] \"%2\"%3").arg(context, source, comment.isEmpty() ? QString() : u" (" + comment + u')');
    }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    message.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(QStringLiteral("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.translations.append(xml.readElementText());
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1..%99 (with or without L) and %n, as a set: order may change in a translation.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u' ');
}

} // namespace

class TestTranslationsComplete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();

private:
    QTemporaryDir m_dir;
    QMap<QString, QString> m_copies; // shipped .ts -> its copy after lupdate
};

void TestTranslationsComplete::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir shipped(QStringLiteral(POSTWRIGHT_SOURCE_DIR "/translations"));
    const QStringList tsFiles = shipped.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(tsFiles.size() >= 3, "translations/ should hold at least German, French and Spanish");

    // The project update_translations runs (sources and include paths of app/ and ui/), written
    // the way its target writes it, with the copies in place of the shipped files.
    const QString projectJson = m_dir.filePath(QStringLiteral("project.json"));
    QProcess cmake;
    cmake.start(QStringLiteral(POSTWRIGHT_CMAKE),
                {QStringLiteral("-DIN_FILE=" POSTWRIGHT_LUPDATE_PROJECT), u"-DOUT_FILE=" + projectJson,
                 QStringLiteral("-P"), QStringLiteral(POSTWRIGHT_LUPDATE_PROJECT_SCRIPT)});
    QVERIFY(cmake.waitForFinished(60000));
    QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());
    QFile file(projectJson);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QVERIFY2(project.value(u"sources").toArray().size() > 100, "the lupdate project lists no sources");

    QJsonArray copies;
    for (const QString &name : tsFiles) {
        const QString copy = m_dir.filePath(name);
        QVERIFY(QFile::copy(shipped.filePath(name), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies.append(copy);
        m_copies.insert(shipped.filePath(name), copy);
    }
    project.insert(QStringLiteral("translations"), copies);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(project).toJson());
    file.close();

    QStringList arguments{QStringLiteral("-project"), projectJson};
    const QString options = QStringLiteral(POSTWRIGHT_LUPDATE_OPTIONS);
    if (!options.isEmpty())
        arguments += options.split(u';');
    QProcess lupdate;
    lupdate.start(QStringLiteral(POSTWRIGHT_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(300000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());
}

void TestTranslationsComplete::complete_data()
{
    QTest::addColumn<QString>("shipped");
    for (auto it = m_copies.cbegin(); it != m_copies.cend(); ++it)
        QTest::newRow(qPrintable(QFileInfo(it.key()).fileName())) << it.key();
}

void TestTranslationsComplete::complete()
{
    QFETCH(QString, shipped);
    QString error;
    const QList<Message> before = readTs(shipped, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> after = readTs(m_copies.value(shipped), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!after.isEmpty());

    QStringList problems;
    QSet<QString> current;
    for (const Message &message : after) {
        current.insert(message.key());
        if (message.type == u"unfinished") {
            problems << u"unfinished: " + message.describe();
            continue;
        }
        if (message.type == u"vanished" || message.type == u"obsolete") {
            problems << u"obsolete: " + message.describe();
            continue;
        }
        const QSet<QString> wanted = placeholders(message.source);
        for (const QString &translation : message.translations) {
            QSet<QString> got = placeholders(translation);
            // A singular form may say "one" instead of %n ("eine Datei").
            if (message.numerus && wanted.contains(QStringLiteral("n")))
                got.insert(QStringLiteral("n"));
            if (got != wanted) {
                problems << QStringLiteral("placeholders %1 instead of %2: %3 -> \"%4\"")
                                .arg(sorted(got), sorted(wanted), message.describe(), translation);
            }
        }
    }
    // What lupdate dropped (-no-obsolete) was in the shipped file but is no longer in the sources.
    for (const Message &message : before) {
        if (!current.contains(message.key()))
            problems << u"obsolete (no longer in the sources): " + message.describe();
    }
    if (!problems.isEmpty()) {
        const QString report = QStringLiteral("%1 problems in %2 after lupdate; run update_translations and "
                                              "translate:\n  %3")
                                   .arg(problems.size())
                                   .arg(QFileInfo(shipped).fileName(), problems.join(u"\n  "));
        QFAIL(qPrintable(report));
    }
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translationscomplete.moc"
