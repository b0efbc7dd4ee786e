#include "spell/dictionaries.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;

namespace {

bool touch(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("1\nword\n") > 0;
}

// A folder with empty-enough dictionary pairs for each code (discovery never loads them).
bool makeDictionaries(const QString &folder, const QStringList &codes)
{
    if (!QDir().mkpath(folder))
        return false;
    for (const QString &code : codes) {
        if (!touch(folder + u'/' + code + u".aff") || !touch(folder + u'/' + code + u".dic"))
            return false;
    }
    return true;
}

QStringList codesOf(const Dictionaries &dictionaries)
{
    QStringList codes;
    for (const DictionaryInfo &dictionary : dictionaries.all())
        codes.append(dictionary.code);
    return codes;
}

} // namespace

class TestDictionaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoversPairsOnly();
    void firstFolderWins();
    void searchFolders();
    void systemDictionaryIsFound();
    void displayName_data();
    void displayName();
    void find();
    void bestMatch_data();
    void bestMatch();
};

void TestDictionaries::discoversPairsOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeDictionaries(dir.path(), {"en_US", "de_DE_frami"}));
    QVERIFY(touch(dir.filePath("hyph_en_US.dic")));  // hyphenation patterns: no .aff
    QVERIFY(touch(dir.filePath("orphan.aff")));      // no .dic
    QVERIFY(touch(dir.filePath("th_en_US_v2.dat"))); // thesaurus
    QVERIFY(QDir(dir.path()).mkdir("fr_FR.aff"));    // a folder, not a file
    QVERIFY(touch(dir.filePath("fr_FR.dic")));

    const Dictionaries found = Dictionaries::inFolders({dir.path()});
    QCOMPARE(codesOf(found), (QStringList{"de_DE_frami", "en_US"}));
    const DictionaryInfo &english = found.all().at(1);
    QCOMPARE(english.name, "English (United States)");
    QCOMPARE(english.affPath, dir.filePath("en_US.aff"));
    QCOMPARE(english.dicPath, dir.filePath("en_US.dic"));
    QCOMPARE(found.all().at(0).name, "German (Germany, frami)");

    QVERIFY(Dictionaries::inFolders({dir.filePath("missing")}).isEmpty());
}

void TestDictionaries::firstFolderWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeDictionaries(dir.filePath("flatpak"), {"en_US"}));
    QVERIFY(makeDictionaries(dir.filePath("system"), {"en_US", "en_GB"}));

    const Dictionaries found = Dictionaries::inFolders({dir.filePath("flatpak"), dir.filePath("system")});
    QCOMPARE(codesOf(found), (QStringList{"en_GB", "en_US"}));
    QCOMPARE(found.find("en_US")->dicPath, dir.filePath("flatpak/en_US.dic"));
    QCOMPARE(found.find("en_GB")->dicPath, dir.filePath("system/en_GB.dic"));
}

void TestDictionaries::searchFolders()
{
    const QByteArray oldDicPath = qgetenv("DICPATH");
    const QByteArray oldDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("DICPATH", "/opt/dicts/a:/opt/dicts/b/");
    qputenv("XDG_DATA_HOME", "/home/writer/.local/share");
    const QStringList folders = Dictionaries::searchFolders({"/app/share/hunspell", "/opt/dicts/a"});
    qputenv("DICPATH", oldDicPath);
    qputenv("XDG_DATA_HOME", oldDataHome);

    // Extra folders first, then DICPATH (like hunspell), then the user's, then the system's.
    QCOMPARE(folders.mid(0, 4), (QStringList{"/app/share/hunspell", "/opt/dicts/a", "/opt/dicts/b",
                                             "/home/writer/.local/share/hunspell"}));
    QVERIFY(folders.contains("/usr/share/hunspell"));
    QVERIFY(folders.contains("/usr/share/myspell/dicts"));
    QVERIFY(folders.contains("/usr/share/myspell"));
    QVERIFY(folders.indexOf("/usr/share/hunspell") < folders.indexOf("/usr/share/myspell"));
    QCOMPARE(folders.count("/opt/dicts/a"), 1);
}

// Debian's hunspell-en-us, a development dependency (scripts/dev).
void TestDictionaries::systemDictionaryIsFound()
{
    const Dictionaries found = Dictionaries::discover();
    const std::optional<DictionaryInfo> english = found.find("en_US");
    QVERIFY2(english, "install hunspell-en-us");
    QCOMPARE(english->name, "English (United States)");
    QCOMPARE(found.bestMatch("en")->code, english->code);
}

void TestDictionaries::displayName_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("language and country") << "en_US"
                                          << "English (United States)";
    QTest::newRow("hyphen") << "pt-BR"
                            << "Portuguese (Brazil)";
    QTest::newRow("language only") << "nl"
                                   << "Dutch";
    QTest::newRow("variant") << "de_DE_frami"
                             << "German (Germany, frami)";
    QTest::newRow("script") << "sr_Latn_RS"
                            << "Serbian (Latin, Serbia)";
    QTest::newRow("numeric region") << "es_419"
                                    << "Spanish (Latin America)";
    QTest::newRow("unknown language") << "xx_YY"
                                      << "xx_YY";
    QTest::newRow("not a locale") << "medical"
                                  << "medical";
}

void TestDictionaries::displayName()
{
    QFETCH(QString, code);
    QTEST(Dictionaries::displayName(code), "name");
}

void TestDictionaries::find()
{
    const Dictionaries dictionaries({{"en_US", "English (United States)", "/d/en_US.aff", "/d/en_US.dic"},
                                     {"nl", "Dutch", "/d/nl.aff", "/d/nl.dic"}});
    QCOMPARE(dictionaries.find("en_US")->code, "en_US");
    QCOMPARE(dictionaries.find("en-us")->code, "en_US");
    QCOMPARE(dictionaries.find(" NL ")->code, "nl");
    QVERIFY(!dictionaries.find("en"));
    QVERIFY(!dictionaries.find(""));
}

void TestDictionaries::bestMatch_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code"); // empty: none

    QTest::newRow("en: the US is English's default country") << "en"
                                                             << "en_US";
    QTest::newRow("en-GB exact") << "en-GB"
                                 << "en_GB";
    QTest::newRow("en_gb any case") << "en_gb"
                                    << "en_GB";
    QTest::newRow("EN-us any case") << "EN-us"
                                    << "en_US";
    QTest::newRow("en-AU falls back to the default country") << "en-AU"
                                                             << "en_US";
    QTest::newRow("de: Germany") << "de"
                                 << "de_DE";
    QTest::newRow("de-AT exact") << "de-AT"
                                 << "de_AT";
    QTest::newRow("de-CH not installed") << "de-CH"
                                         << "de_DE";
    QTest::newRow("pt: Brazil") << "pt"
                                << "pt_BR";
    QTest::newRow("pt-PT exact") << "pt-PT"
                                 << "pt_PT";
    QTest::newRow("fr: the only French one") << "fr"
                                             << "fr_CA";
    QTest::newRow("nl exact, no country") << "nl"
                                          << "nl";
    QTest::newRow("nl-BE: the one without a country") << "nl-BE"
                                                      << "nl";
    QTest::newRow("sr: the usual script") << "sr"
                                          << "sr_RS";
    QTest::newRow("sr-Latn-RS exact") << "sr-Latn-RS"
                                      << "sr_Latn_RS";
    QTest::newRow("sr-Latn: the script matters most") << "sr-Latn"
                                                      << "sr_Latn_RS";
    QTest::newRow("de-LI: plain before variants") << "de-LI"
                                                  << "de_DE";
    QTest::newRow("es not installed") << "es"
                                      << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("a name, not a code") << "english"
                                        << "";
}

void TestDictionaries::bestMatch()
{
    QFETCH(QString, language);
    QFETCH(QString, code);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeDictionaries(dir.path(), {"de_AT", "de_DE", "de_DE_frami", "en_GB", "en_US", "fr_CA", "nl",
                                          "pt_BR", "pt_PT", "sr_Latn_RS", "sr_RS"}));
    const Dictionaries dictionaries = Dictionaries::inFolders({dir.path()});

    const std::optional<DictionaryInfo> match = dictionaries.bestMatch(language);
    QCOMPARE(match ? match->code : QString(), code);
}

QTEST_GUILESS_MAIN(TestDictionaries)

#include "tst_dictionaries.moc"
