// The built-in theme's words and dates follow the blog's language, not the UI's: labels from the
// compiled translations (regional tags fall back to the base language, unknown ones to English),
// dates in each language's own long form, and a whole site built in German.

#include "blog/blog.h"
#include "site/sitebuilder.h"
#include "site/themelabels.h"
#include "testblog.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Postwright;

class TestThemeLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void availableLanguages();
    void labels_data();
    void labels();
    void labelsIgnoreTheUiLanguage_data();
    void labelsIgnoreTheUiLanguage();
    void dates_data();
    void dates();
    void germanSampleBlog_data();
    void germanSampleBlog();
};

namespace {

// The sample blog (resources/sample-blog) in a temporary folder, with another `language:`.
bool copySampleBlog(const QString &target, const QByteArray &language)
{
    const QString source = Test::sampleBlogSourcePath();
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString copy = target + file.mid(source.size());
        if (!QDir().mkpath(QFileInfo(copy).path()) || !QFile::copy(file, copy))
            return false;
    }
    QFile yaml(target + u"/blog.yaml");
    if (!yaml.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = yaml.readAll();
    yaml.close();
    if (!text.contains("\nlanguage: en\n"))
        return false;
    text.replace(QByteArray("\nlanguage: en\n"), QByteArray(QByteArray("\nlanguage: ") + language + '\n'));
    return yaml.open(QIODevice::WriteOnly | QIODevice::Truncate) && yaml.write(text) == text.size();
}

} // namespace

void TestThemeLabels::cleanup()
{
    Translations::installUi(QStringLiteral("en"));
}

void TestThemeLabels::availableLanguages()
{
    const QStringList languages = Translations::available();
    QCOMPARE(languages.value(0), QStringLiteral("en"));
    for (const char *language : {"de", "fr", "es"})
        QVERIFY2(languages.contains(QLatin1String(language)), language);
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Translations::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    QCOMPARE(Translations::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestThemeLabels::labels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en") << "en" << "read_more" << "Read more";
    QTest::newRow("de") << "de" << "read_more" << "Weiterlesen";
    QTest::newRow("de min_read") << "de" << "min_read" << "Min. Lesezeit";
    QTest::newRow("de 404") << "de" << "not_found_title" << "Seite nicht gefunden";
    QTest::newRow("fr") << "fr" << "read_more" << "Lire la suite";
    QTest::newRow("fr older") << "fr" << "older_posts" << "Articles plus anciens";
    QTest::newRow("es") << "es" << "read_more" << "Leer más";
    QTest::newRow("es skip") << "es" << "skip_to_content" << "Saltar al contenido";
    // Regional tags, BCP 47 or POSIX, in any case: the base language.
    QTest::newRow("fr-CA") << "fr-CA" << "read_more" << "Lire la suite";
    QTest::newRow("de-AT") << "de-AT" << "published" << "Veröffentlicht";
    QTest::newRow("de_CH.UTF-8") << "de_CH.UTF-8" << "read_more" << "Weiterlesen";
    QTest::newRow("ES-mx") << "ES-mx" << "read_more" << "Leer más";
    // No translation: English.
    QTest::newRow("pt-BR") << "pt-BR" << "read_more" << "Read more";
    QTest::newRow("xx") << "xx" << "read_more" << "Read more";
    QTest::newRow("empty") << "" << "read_more" << "Read more";
    QTest::newRow("en-GB") << "en-GB" << "older_posts" << "Older posts";
}

void TestThemeLabels::labels()
{
    QFETCH(QString, language);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QVariantMap labels = ThemeLabels::labels(language);
    QCOMPARE(labels.value(key).toString(), expected);
    // Every label has a text, translated or not.
    QCOMPARE(labels.value(QStringLiteral("task_open")).toString().isEmpty(), false);
    QCOMPARE(labels.size(), ThemeLabels::labels(QStringLiteral("en")).size());
}

void TestThemeLabels::labelsIgnoreTheUiLanguage_data()
{
    QTest::addColumn<QString>("ui");
    QTest::addColumn<QString>("blog");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English blog, German UI") << "de" << "en" << "Read more";
    QTest::newRow("German blog, English UI") << "en" << "de" << "Weiterlesen";
    QTest::newRow("French blog, Spanish UI") << "es" << "fr" << "Lire la suite";
}

void TestThemeLabels::labelsIgnoreTheUiLanguage()
{
    QFETCH(QString, ui);
    QFETCH(QString, blog);
    QFETCH(QString, expected);
    QCOMPARE(Translations::installUi(ui), ui);
    QCOMPARE(ThemeLabels::labels(blog).value(QStringLiteral("read_more")).toString(), expected);
}

void TestThemeLabels::dates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    const QDate november(2026, 11, 23);
    QTest::newRow("en") << "en" << november << "23 November 2026";
    QTest::newRow("en-GB") << "en-GB" << november << "23 November 2026";
    QTest::newRow("en-US") << "en-US" << november << "November 23, 2026";
    QTest::newRow("de") << "de" << november << "23. November 2026";
    QTest::newRow("de March") << "de" << QDate(2026, 3, 1) << "1. März 2026";
    QTest::newRow("de-AT") << "de-AT" << november << "23. November 2026";
    QTest::newRow("fr") << "fr" << november << "23 novembre 2026";
    QTest::newRow("fr February") << "fr" << QDate(2026, 2, 10) << "10 février 2026";
    QTest::newRow("fr-CA") << "fr-CA" << november << "23 novembre 2026";
    QTest::newRow("es") << "es" << november << "23 de noviembre de 2026";
    QTest::newRow("es-MX") << "es-MX" << november << "23 de noviembre de 2026";
    QTest::newRow("xx") << "xx" << november << "23 November 2026";
    QTest::newRow("invalid date") << "de" << QDate() << "";
}

void TestThemeLabels::dates()
{
    QFETCH(QString, language);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    // A time late in the day at a far offset: the date stays the one the writer wrote.
    const QDateTime written(date, QTime(23, 30), Qt::OffsetFromUTC, 13 * 3600);
    QCOMPARE(ThemeLabels::displayDate(date.isValid() ? written : QDateTime(), language), expected);
}

void TestThemeLabels::germanSampleBlog_data()
{
    QTest::addColumn<QString>("ui");
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    // As the CLI builds it (no UI translator): German labels and months all the same.
    QTest::newRow("German blog, English UI")
        << "en" << QByteArray("de")
        << QStringList{"lang=\"de\"", "Min. Lesezeit", "Zum Inhalt springen", "Februar 2026"}
        << QStringList{"min read", "February 2026"};
    QTest::newRow("English blog, German UI")
        << "de" << QByteArray("en") << QStringList{"min read", "Skip to content", "February 2026"}
        << QStringList{"Lesezeit", "Februar 2026"};
}

void TestThemeLabels::germanSampleBlog()
{
    QFETCH(QString, ui);
    QFETCH(QByteArray, language);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QCOMPARE(Translations::installUi(ui), ui);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("blog"));
    QVERIFY(copySampleBlog(root, language));
    Result<Blog> blog = Blog::open(root);
    QVERIFY2(blog, blog ? "" : qPrintable(blog.error().toString()));
    BuildOptions options;
    options.outputPath = dir.filePath(QStringLiteral("public"));
    options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    SiteBuilder builder(blog.value(), options);
    const BuildReport report = builder.build();
    QVERIFY(report.errors.isEmpty());

    QFile index(options.outputPath + u"/index.html");
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(index.readAll());
    for (const QString &text : present)
        QVERIFY2(html.contains(text), qPrintable(text));
    for (const QString &text : absent) {
        const qsizetype at = html.indexOf(text);
        QVERIFY2(at < 0, qPrintable(text + u" in: " + html.mid(std::max<qsizetype>(0, at - 120), 240)));
    }
    QFile notFound(options.outputPath + u"/404.html");
    QVERIFY(notFound.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(notFound.readAll()).contains(u"Seite nicht gefunden"), language == "de");
}

QTEST_GUILESS_MAIN(TestThemeLabels)
#include "tst_themelabels.moc"
