#include "spell/dictionaries.h"
#include "spell/personaldictionary.h"
#include "spell/spellchecker.h"
#include "spell/spellcheckservice.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Postwright;

namespace {

// The lines of text as the editor would request them: each with the scanner state the line
// before it left.
QList<SpellLineRequest> requestsFor(const QString &text, int firstBlock = 0)
{
    const MarkdownSpellScanner scanner;
    QList<SpellLineRequest> requests;
    int state = -1;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        requests.append({firstBlock + int(i), lines[i], state, firstBlock + i == 0});
        state = scanner.scan(lines[i], state, firstBlock + i == 0).stateOut;
    }
    return requests;
}

QStringList misspelledWords(const SpellLineResult &result)
{
    QStringList words;
    for (const WordRange &range : result.misspelled)
        words.append(result.text.mid(range.start, range.length));
    return words;
}

using Emission = QList<QVariant>;

quint64 generationOf(const Emission &emission)
{
    return emission.at(0).value<quint64>();
}

QList<SpellLineResult> resultsOf(const Emission &emission)
{
    return emission.at(1).value<QList<SpellLineResult>>();
}

} // namespace

class TestSpellCheckService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void resultsArrive();
    void staleGenerationIsDropped();
    void olderRequestForOtherBlocksIsStillDelivered();
    void olderGenerationRequestedLateIsIgnored();
    void changingTheCheckerDropsResultsInFlight();
    void withoutCheckerNothingIsMisspelled();
    void addToPersonalForgetsCachedResults();
    void longPostFinishes();

private:
    std::shared_ptr<SpellChecker> m_english;
};

void TestSpellCheckService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(PersonalDictionary::defaultPath());
    const std::optional<DictionaryInfo> english = Dictionaries::discover().find(QStringLiteral("en_US"));
    QVERIFY2(english, "install hunspell-en-us (see scripts/dev)");
    Result<std::shared_ptr<SpellChecker>> opened = SpellChecker::open(*english);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    m_english = opened.value();
}

void TestSpellCheckService::init()
{
    QFile::remove(PersonalDictionary::defaultPath());
}

void TestSpellCheckService::resultsArrive()
{
    SpellCheckService service;
    service.setChecker(m_english);
    QSignalSpy spy(&service, &SpellCheckService::checked);

    const QString text = QStringLiteral("---\n"
                                        "title: Evrything misspeled here is skipped\n"
                                        "---\n"
                                        "This is a tset of how we recieve text.\n"
                                        "```\n"
                                        "codde is not checked\n"
                                        "```\n"
                                        "See [the documantation](https://exmple.com/docz) and `varibale`.");
    service.requestCheck(1, requestsFor(text));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(generationOf(spy.at(0)), 1u);
    const QList<SpellLineResult> results = resultsOf(spy.at(0));
    QCOMPARE(results.size(), 8);
    QStringList misspelled;
    for (int i = 0; i < results.size(); ++i) {
        QCOMPARE(results[i].blockNumber, i);
        QCOMPARE(results[i].text, text.split(u'\n').at(i));
        misspelled += misspelledWords(results[i]);
    }
    QCOMPARE(misspelled, (QStringList{"tset", "recieve", "documantation"}));
    const QList<WordRange> expected{{10, 4}, {25, 7}};
    QCOMPARE(results[3].misspelled, expected);
    QVERIFY(service.cachedWordCount() > 0);
}

void TestSpellCheckService::staleGenerationIsDropped()
{
    SpellCheckService service;
    service.setChecker(m_english);
    QSignalSpy spy(&service, &SpellCheckService::checked);

    // The writer keeps typing in the same line before the first check is delivered.
    service.requestCheck(1, {{0, "I recieve", 0, true}});
    service.requestCheck(2, {{0, "I receive", 0, true}});
    QTRY_COMPARE(spy.count(), 1);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(generationOf(spy.at(0)), 2u);
    const QList<SpellLineResult> results = resultsOf(spy.at(0));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0].text, "I receive");
    QVERIFY(results[0].misspelled.isEmpty());
}

void TestSpellCheckService::olderRequestForOtherBlocksIsStillDelivered()
{
    SpellCheckService service;
    service.setChecker(m_english);
    QSignalSpy spy(&service, &SpellCheckService::checked);

    service.requestCheck(3, {{0, "frist line", 0, true}, {1, "secnd line", 0, false}});
    service.requestCheck(4, {{1, "second line", 0, false}});
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(generationOf(spy.at(0)), 3u);
    QCOMPARE(resultsOf(spy.at(0)).size(), 1);
    QCOMPARE(resultsOf(spy.at(0)).at(0).blockNumber, 0);
    QCOMPARE(misspelledWords(resultsOf(spy.at(0)).at(0)), QStringList{"frist"});
    QCOMPARE(generationOf(spy.at(1)), 4u);
    QCOMPARE(resultsOf(spy.at(1)).size(), 1);
    QCOMPARE(resultsOf(spy.at(1)).at(0).blockNumber, 1);
    QVERIFY(resultsOf(spy.at(1)).at(0).misspelled.isEmpty());
}

void TestSpellCheckService::olderGenerationRequestedLateIsIgnored()
{
    SpellCheckService service;
    service.setChecker(m_english);
    QSignalSpy spy(&service, &SpellCheckService::checked);

    service.requestCheck(5, {{0, "new text", 0, true}});
    service.requestCheck(4, {{0, "old txet", 0, true}});
    QTRY_COMPARE(spy.count(), 1);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(generationOf(spy.at(0)), 5u);
}

void TestSpellCheckService::changingTheCheckerDropsResultsInFlight()
{
    SpellCheckService service;
    service.setChecker(m_english);
    QSignalSpy checked(&service, &SpellCheckService::checked);
    QSignalSpy changed(&service, &SpellCheckService::dictionaryChanged);

    service.requestCheck(6, requestsFor("Some wrods to chek"));
    service.setChecker(nullptr);
    QCOMPARE(changed.count(), 1);
    service.requestCheck(7, requestsFor("Some wrods to chek"));
    QTRY_COMPARE(checked.count(), 1);
    QTest::qWait(50);
    QCOMPARE(checked.count(), 1);
    QCOMPARE(generationOf(checked.at(0)), 7u);
}

void TestSpellCheckService::withoutCheckerNothingIsMisspelled()
{
    SpellCheckService service;
    QSignalSpy spy(&service, &SpellCheckService::checked);
    service.requestCheck(1, requestsFor("Evrything\nis fien"));
    QTRY_COMPARE(spy.count(), 1);
    const QList<SpellLineResult> results = resultsOf(spy.at(0));
    QCOMPARE(results.size(), 2);
    QVERIFY(results[0].misspelled.isEmpty());
    QVERIFY(results[1].misspelled.isEmpty());
    QVERIFY(service.addToPersonal("wurd").ok()); // no checker: nothing to add to
    QVERIFY(!QFile::exists(PersonalDictionary::defaultPath()));
}

void TestSpellCheckService::addToPersonalForgetsCachedResults()
{
    SpellCheckService service;
    service.setChecker(m_english);
    QSignalSpy checked(&service, &SpellCheckService::checked);
    QSignalSpy changed(&service, &SpellCheckService::dictionaryChanged);

    service.requestCheck(1, requestsFor("Postwright and Hugo"));
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(misspelledWords(resultsOf(checked.at(0)).at(0)), QStringList{"Postwright"});

    QVERIFY(service.addToPersonal("Postwright").ok());
    QCOMPARE(changed.count(), 1);
    service.requestCheck(2, requestsFor("Postwright and Hugo"));
    QTRY_COMPARE(checked.count(), 2);
    QVERIFY(resultsOf(checked.at(1)).at(0).misspelled.isEmpty());

    service.ignoreForSession("Hugoo");
    QCOMPARE(changed.count(), 2);
    service.requestCheck(3, requestsFor("Hugoo"));
    QTRY_COMPARE(checked.count(), 3);
    QVERIFY(resultsOf(checked.at(2)).at(0).misspelled.isEmpty());
}

// A long post with code blocks goes through in one request. Sanity only: no timing asserts.
void TestSpellCheckService::longPostFinishes()
{
    const QStringList vocabulary{"the",     "writer",      "keeps",   "a",      "small",   "blog",
                                 "about",   "distributed", "systems", "and",    "caching", "with",
                                 "careful", "notes",       "on",      "failure"};
    QString text = QStringLiteral("---\ntitle: A long post\n---\n");
    int words = 0;
    int planted = 0;
    int line = 0;
    while (words < 5000) {
        if (line % 40 == 39)
            text += QStringLiteral("```go\nfunc mispeled() {}\n```\n");
        QStringList lineWords;
        for (int i = 0; i < 12; ++i, ++words) {
            if ((words + 1) % 97 == 0) {
                lineWords.append(QStringLiteral("recieve"));
                ++planted;
            } else {
                lineWords.append(vocabulary[(words * 7 + line) % vocabulary.size()]);
            }
        }
        text += lineWords.join(u' ') + u".\n";
        ++line;
    }

    SpellCheckService service;
    service.setChecker(m_english);
    QSignalSpy spy(&service, &SpellCheckService::checked);
    const QList<SpellLineRequest> requests = requestsFor(text);
    service.requestCheck(1, requests);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() == 1, 120000);
    const QList<SpellLineResult> results = resultsOf(spy.at(0));
    QCOMPARE(results.size(), requests.size());
    int misspelled = 0;
    for (const SpellLineResult &result : results) {
        for (const QString &word : misspelledWords(result)) {
            QCOMPARE(word, "recieve");
            ++misspelled;
        }
    }
    QCOMPARE(misspelled, planted);
}

QTEST_GUILESS_MAIN(TestSpellCheckService)

#include "tst_spellcheckservice.moc"
