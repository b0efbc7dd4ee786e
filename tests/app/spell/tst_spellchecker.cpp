#include "spell/dictionaries.h"
#include "spell/personaldictionary.h"
#include "spell/spellchecker.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A tiny dictionary in the given encoding: the .aff's SET line (if any) and the words.
DictionaryInfo writeDictionary(const QString &folder, const QString &code, const QByteArray &set,
                               const char *qtEncoding, const QStringList &words)
{
    QStringEncoder encoder(qtEncoding);
    QByteArray aff = set.isEmpty() ? QByteArray() : "SET " + set + '\n';
    aff +=
        "TRY " + QByteArray(encoder.encode(QString::fromUtf8("esianrtolcdugmfphbyvkwéèàüöäßœиртвпе"))) + '\n';
    QByteArray dic = QByteArray::number(words.size()) + '\n';
    for (const QString &word : words)
        dic += QByteArray(encoder.encode(word)) + '\n';
    const DictionaryInfo info{code, code, folder + u'/' + code + u".aff", folder + u'/' + code + u".dic"};
    if (!writeFile(info.affPath, aff) || !writeFile(info.dicPath, dic))
        return {};
    return info;
}

DictionaryInfo englishDictionary()
{
    return Dictionaries::discover().find(QStringLiteral("en_US")).value_or(DictionaryInfo());
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void isCorrect_data();
    void isCorrect();
    void suggestions();
    void encodings_data();
    void encodings();
    void errors_data();
    void errors();
    void personalDictionaryPersists();
    void personalDictionaryIsSharedAcrossLanguages();
    void personalDictionaryRejectsNonWords();
    void personalDictionaryKeepsOtherInstancesWords();
    void unreadablePersonalDictionaryIsNotOverwritten();
    void ignoreForSession();

private:
    std::shared_ptr<SpellChecker> m_english;
};

void TestSpellChecker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(PersonalDictionary::defaultPath());
    const DictionaryInfo english = englishDictionary();
    QVERIFY2(english.isValid(), "install hunspell-en-us (see scripts/dev)");
    Result<std::shared_ptr<SpellChecker>> opened = SpellChecker::open(english);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    m_english = opened.value();
    QCOMPARE(m_english->encoding(), "UTF-8");
}

void TestSpellChecker::init()
{
    QFile::remove(PersonalDictionary::defaultPath());
}

void TestSpellChecker::isCorrect_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");

    QTest::newRow("lower case") << "hello" << true;
    QTest::newRow("capitalised") << "Hello" << true;
    QTest::newRow("all caps") << "HELLO" << true;
    QTest::newRow("inflected") << "receives" << true;
    QTest::newRow("proper noun") << "Monday" << true;
    QTest::newRow("proper noun lower case") << "monday" << false;
    QTest::newRow("misspelled") << "recieve" << false;
    QTest::newRow("transposed") << "teh" << false;
    QTest::newRow("British in en_US") << "colour" << false;
    QTest::newRow("straight apostrophe") << "don't" << true;
    QTest::newRow("typographic apostrophe") << QString::fromUtf8("don’t") << true;
    QTest::newRow("possessive") << QString::fromUtf8("writer’s") << true;
    QTest::newRow("bad contraction") << QString::fromUtf8("dont’") << false;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("absurdly long") << QString(150, u'x') << true;
}

void TestSpellChecker::isCorrect()
{
    QFETCH(QString, word);
    QTEST(m_english->isCorrect(word), "correct");
}

void TestSpellChecker::suggestions()
{
    QVERIFY(m_english->suggestions(u"recieve").contains("receive"));
    QVERIFY(m_english->suggestions(u"recieve", 2).size() <= 2);
    QVERIFY(m_english->suggestions(u"recieve", 0).isEmpty());
    QVERIFY(m_english->suggestions(u"").isEmpty());
    // The writer's apostrophe comes back in the suggestions.
    const QStringList typographic = m_english->suggestions(QString::fromUtf8("does’nt"));
    QVERIFY2(typographic.contains(QString::fromUtf8("doesn’t")), qPrintable(typographic.join(u", ")));
}

void TestSpellChecker::encodings_data()
{
    QTest::addColumn<QByteArray>("set");        // the .aff's SET value; empty: no SET line
    QTest::addColumn<QByteArray>("qtEncoding"); // to write the test files
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("wrong");
    QTest::addColumn<QString>("suggestion"); // expected among the suggestions for wrong

    QTest::newRow("ISO8859-1") << QByteArray("ISO8859-1") << QByteArray("ISO-8859-1")
                               << QStringList{"café", "naïve", "Straße", "hello"} << "cafe"
                               << "café";
    QTest::newRow("no SET means ISO8859-1")
        << QByteArray() << QByteArray("ISO-8859-1") << QStringList{"café", "naïve"} << "naive"
        << "naïve";
    QTest::newRow("ISO8859-15") << QByteArray("ISO8859-15") << QByteArray("ISO-8859-15")
                                << QStringList{"œuvre", "cœur"} << "oeuvre"
                                << "œuvre";
    QTest::newRow("KOI8-R") << QByteArray("KOI8-R") << QByteArray("KOI8-R") << QStringList{"привет", "мир"}
                            << "привт"
                            << "привет";
    QTest::newRow("microsoft-cp1251") << QByteArray("microsoft-cp1251") << QByteArray("windows-1251")
                                      << QStringList{"привет", "мир"} << "привт"
                                      << "привет";
    QTest::newRow("UTF-8") << QByteArray("UTF-8") << QByteArray("UTF-8") << QStringList{"Straße", "naïve"}
                           << "Strase"
                           << "Straße";
}

void TestSpellChecker::encodings()
{
    QFETCH(QByteArray, set);
    QFETCH(QByteArray, qtEncoding);
    QFETCH(QStringList, words);
    QFETCH(QString, wrong);
    QFETCH(QString, suggestion);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DictionaryInfo info = writeDictionary(dir.path(), "xx_TEST", set, qtEncoding.constData(), words);
    QVERIFY(info.isValid());
    Result<std::shared_ptr<SpellChecker>> opened = SpellChecker::open(info);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    const std::shared_ptr<SpellChecker> checker = opened.value();
    QCOMPARE(checker->encoding(), set.isEmpty() ? QString("ISO8859-1") : QString::fromLatin1(set));

    for (const QString &word : words)
        QVERIFY2(checker->isCorrect(word), qPrintable(word));
    QVERIFY(!checker->isCorrect(wrong));
    const QStringList suggested = checker->suggestions(wrong);
    QVERIFY2(suggested.contains(suggestion), qPrintable(suggested.join(u", ")));
    // A character the encoding cannot hold makes the word wrong, and the next word still works.
    QVERIFY(!checker->isCorrect(QString::fromUtf8("caf\u20AC\U0001F600")));
    QVERIFY(checker->isCorrect(words.first()));
}

void TestSpellChecker::errors_data()
{
    QTest::addColumn<QByteArray>("aff"); // null: no file
    QTest::addColumn<QByteArray>("dic");
    QTest::addColumn<QString>("file"); // which file the error names: "aff", "dic", or "" for none
    QTest::addColumn<QString>("message");

    QTest::newRow("no .dic") << QByteArray("SET UTF-8\n") << QByteArray() << "dic"
                             << "cannot be used";
    QTest::newRow("no .aff") << QByteArray() << QByteArray("1\nword\n") << "aff"
                             << "cannot be used";
    QTest::newRow("word list without a count")
        << QByteArray("SET UTF-8\n") << QByteArray("word\nother\n") << "dic"
        << "number of words";
    QTest::newRow("empty word list") << QByteArray("SET UTF-8\n") << QByteArray("") << "dic"
                                     << "number of words";
    QTest::newRow("unknown encoding")
        << QByteArray("SET X-NO-SUCH-CODEC\n") << QByteArray("1\nword\n") << "aff"
        << "X-NO-SUCH-CODEC";
}

void TestSpellChecker::errors()
{
    QFETCH(QByteArray, aff);
    QFETCH(QByteArray, dic);
    QFETCH(QString, file);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DictionaryInfo info{"xx_BAD", "Broken", dir.filePath("xx_BAD.aff"), dir.filePath("xx_BAD.dic")};
    if (!aff.isNull())
        QVERIFY(writeFile(info.affPath, aff));
    if (!dic.isNull())
        QVERIFY(writeFile(info.dicPath, dic));

    const Result<std::shared_ptr<SpellChecker>> opened = SpellChecker::open(info);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().file, file == "aff" ? info.affPath : info.dicPath);
    QVERIFY2(opened.error().message.contains(message), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains("Broken"), qPrintable(opened.error().message));
}

void TestSpellChecker::personalDictionaryPersists()
{
    const QString path = PersonalDictionary::defaultPath();
    QVERIFY(path.endsWith("/dictionary/personal.txt"));
    QVERIFY(path.contains(".qttest")); // test mode: the real one is safe
    {
        const std::shared_ptr<SpellChecker> first = SpellChecker::open(englishDictionary()).value();
        QVERIFY(!first->isCorrect(u"Postwright"));
        const quint64 revision = first->revision();
        const Result<void> added = first->addToPersonal(" Postwright ");
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
        QVERIFY(first->revision() > revision);
        QVERIFY(first->isCorrect(u"Postwright"));
        QVERIFY(first->isCorrect(u"POSTWRIGHT")); // Hunspell's add() covers the all-caps form
        QVERIFY(first->addToPersonal(QString::fromUtf8("Zürichsee")).ok());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), QString::fromUtf8("Postwright\nZürichsee\n"));

    // A restart: a new checker with the default personal dictionary loads the words.
    const std::shared_ptr<SpellChecker> second = SpellChecker::open(englishDictionary()).value();
    QVERIFY(second->isCorrect(u"Postwright"));
    QVERIFY(second->isCorrect(QString::fromUtf8("Zürichsee")));
    QVERIFY(!second->isCorrect(u"Postwrite"));
    QCOMPARE(second->personalDictionary()->words(),
             (QStringList{"Postwright", QString::fromUtf8("Zürichsee")}));
}

void TestSpellChecker::personalDictionaryIsSharedAcrossLanguages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DictionaryInfo other = writeDictionary(dir.path(), "xx_TEST", "UTF-8", "UTF-8", {"hallo"});
    auto personal = std::make_shared<PersonalDictionary>();
    QVERIFY(personal->load().ok());
    const std::shared_ptr<SpellChecker> english = SpellChecker::open(englishDictionary(), personal).value();
    const std::shared_ptr<SpellChecker> test = SpellChecker::open(other, personal).value();

    const quint64 before = test->revision();
    QVERIFY(english->addToPersonal("Kubernetes").ok());
    QVERIFY(test->isCorrect(u"Kubernetes"));
    QVERIFY(test->revision() > before); // so a cache of the other language's results forgets
}

void TestSpellChecker::personalDictionaryRejectsNonWords()
{
    const std::shared_ptr<SpellChecker> checker = SpellChecker::open(englishDictionary()).value();
    for (const QString &bad :
         {QString(" "), QString("two words"), QString("line\nbreak"), QString(101, u'a')}) {
        const Result<void> added = checker->addToPersonal(bad);
        QVERIFY(!added.ok());
        QVERIFY(added.error().message.contains("one word"));
    }
    QVERIFY(!QFile::exists(PersonalDictionary::defaultPath()));
    QVERIFY(checker->personalDictionary()->words().isEmpty());
}

// Two windows (or two Postwright instances) each add a word: neither loses the other's.
void TestSpellChecker::personalDictionaryKeepsOtherInstancesWords()
{
    PersonalDictionary first;
    PersonalDictionary second;
    QVERIFY(first.load().ok());
    QVERIFY(second.load().ok());
    QVERIFY(first.add("alpha").ok());
    QVERIFY(second.add("Beta").ok());
    QVERIFY(second.contains("alpha"));
    PersonalDictionary reloaded;
    QVERIFY(reloaded.load().ok());
    QCOMPARE(reloaded.words(), (QStringList{"alpha", "Beta"}));
}

void TestSpellChecker::unreadablePersonalDictionaryIsNotOverwritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("personal.txt");
    QVERIFY(QDir().mkpath(path)); // a folder where the file should be: it cannot be read
    auto personal = std::make_shared<PersonalDictionary>(path);
    QVERIFY(!personal->load().ok());
    const std::shared_ptr<SpellChecker> checker = SpellChecker::open(englishDictionary(), personal).value();

    const Result<void> added = checker->addToPersonal("Frobnicator");
    QVERIFY(!added.ok());
    QCOMPARE(added.error().file, path);
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(checker->isCorrect(u"Frobnicator")); // still accepted for this session
}

void TestSpellChecker::ignoreForSession()
{
    {
        const std::shared_ptr<SpellChecker> checker = SpellChecker::open(englishDictionary()).value();
        QVERIFY(!checker->isCorrect(u"Kubernetesy"));
        const quint64 revision = checker->revision();
        checker->ignoreForSession("Kubernetesy");
        QVERIFY(checker->revision() > revision);
        QVERIFY(checker->isCorrect(u"Kubernetesy"));
        QVERIFY(!checker->isCorrect(u"kubernetesy"));
    }
    QVERIFY(!QFile::exists(PersonalDictionary::defaultPath()));
    const std::shared_ptr<SpellChecker> later = SpellChecker::open(englishDictionary()).value();
    QVERIFY(!later->isCorrect(u"Kubernetesy"));
}

QTEST_GUILESS_MAIN(TestSpellChecker)

#include "tst_spellchecker.moc"
