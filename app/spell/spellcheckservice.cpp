#include "spellcheckservice.h"

#include "spell/spellchecker.h"
#include "spell/spelllogging.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Postwright {

namespace {

// Words, not bytes: a long post has a few thousand distinct words; this holds several posts.
constexpr int CacheSize = 20000;

} // namespace

SpellCheckService::SpellCheckService(QObject *parent)
    : QObject(parent)
    , m_cache(CacheSize)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("spell check"));
}

SpellCheckService::~SpellCheckService()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void SpellCheckService::setChecker(std::shared_ptr<SpellChecker> checker)
{
    m_checker = std::move(checker);
    reset();
}

void SpellCheckService::setScannerOptions(MarkdownSpellScanner::Options options)
{
    m_options = options;
    reset();
}

void SpellCheckService::reset()
{
    ++m_epoch;
    {
        QMutexLocker lock(&m_mutex);
        m_latest.clear();
        m_cache.clear();
        m_cacheChecker = nullptr;
    }
    Q_EMIT dictionaryChanged();
}

void SpellCheckService::requestCheck(quint64 generation, const QList<SpellLineRequest> &lines)
{
    QList<SpellLineRequest> wanted;
    wanted.reserve(lines.size());
    {
        QMutexLocker lock(&m_mutex);
        for (const SpellLineRequest &line : lines) {
            const auto newest = m_latest.constFind(line.blockNumber);
            if (newest != m_latest.cend() && *newest > generation)
                continue;
            m_latest.insert(line.blockNumber, generation);
            wanted.append(line);
        }
    }
    if (wanted.isEmpty())
        return;

    const quint64 epoch = m_epoch;
    QtConcurrent::run(&m_pool, [this, checker = m_checker, options = m_options, generation, wanted] {
        return check(checker, options, generation, wanted);
    }).then(this, [this, epoch, generation](QList<SpellLineResult> results) {
        deliver(epoch, generation, std::move(results));
    });
}

// On the worker thread.
QList<SpellLineResult> SpellCheckService::check(const std::shared_ptr<SpellChecker> &checker,
                                                MarkdownSpellScanner::Options options, quint64 generation,
                                                const QList<SpellLineRequest> &lines)
{
    const MarkdownSpellScanner scanner(options);
    QList<SpellLineResult> results;
    results.reserve(lines.size());
    if (checker) {
        QMutexLocker lock(&m_mutex);
        if (m_cacheChecker != checker.get() || m_cacheRevision != checker->revision()) {
            m_cache.clear();
            m_cacheChecker = checker.get();
            m_cacheRevision = checker->revision();
        }
    }

    QList<WordRange> unknown;
    for (const SpellLineRequest &line : lines) {
        SpellLineResult result{line.blockNumber, line.text, {}};
        if (checker) {
            const QList<WordRange> words = scanner.scan(line.text, line.stateIn, line.firstLineOfFile).words;
            unknown.clear();
            {
                QMutexLocker lock(&m_mutex);
                if (m_latest.value(line.blockNumber) != generation)
                    continue; // superseded while waiting: the newer request checks it
                for (const WordRange &word : words) {
                    const bool *correct = m_cache.object(line.text.mid(word.start, word.length));
                    if (!correct)
                        unknown.append(word);
                    else if (!*correct)
                        result.misspelled.append(word);
                }
            }
            // Hunspell outside our lock: the UI thread may want the cache meanwhile.
            QList<std::pair<QString, bool>> found;
            for (const WordRange &word : unknown) {
                const QString text = line.text.mid(word.start, word.length);
                const bool correct = checker->isCorrect(text);
                found.append({text, correct});
                if (!correct)
                    result.misspelled.append(word);
            }
            if (!found.isEmpty()) {
                QMutexLocker lock(&m_mutex);
                for (const auto &[text, correct] : found)
                    m_cache.insert(text, new bool(correct));
            }
            std::sort(result.misspelled.begin(), result.misspelled.end(),
                      [](const WordRange &a, const WordRange &b) { return a.start < b.start; });
        }
        results.append(std::move(result));
    }
    return results;
}

void SpellCheckService::deliver(quint64 epoch, quint64 generation, QList<SpellLineResult> results)
{
    if (epoch != m_epoch)
        return;
    {
        QMutexLocker lock(&m_mutex);
        results.removeIf([this, generation](const SpellLineResult &result) {
            const auto newest = m_latest.find(result.blockNumber);
            if (newest == m_latest.end() || *newest != generation)
                return true;
            m_latest.erase(newest);
            return false;
        });
    }
    if (!results.isEmpty())
        Q_EMIT checked(generation, results);
}

Result<void> SpellCheckService::addToPersonal(const QString &word)
{
    if (!m_checker)
        return {};
    Result<void> saved = m_checker->addToPersonal(word);
    Q_EMIT dictionaryChanged();
    return saved;
}

void SpellCheckService::ignoreForSession(const QString &word)
{
    if (!m_checker)
        return;
    m_checker->ignoreForSession(word);
    Q_EMIT dictionaryChanged();
}

int SpellCheckService::cachedWordCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_cache.size());
}

} // namespace Postwright
