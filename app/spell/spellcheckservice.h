#pragma once

#include "spell/markdownspellscanner.h"
#include "util/result.h"

#include <QCache>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace Postwright {

class SpellChecker;

// One editor line to check.
struct SpellLineRequest
{
    int blockNumber = 0;          // the caller's key for the line; echoed back in the result
    QString text;                 // without the line break
    int stateIn = 0;              // the scanner state at the line's start (previousBlockState())
    bool firstLineOfFile = false; // only the file's first line can open front matter
};

// The misspelled words of one line, and the text they were found in (so the caller can tell
// whether the line changed meanwhile).
struct SpellLineResult
{
    int blockNumber = 0;
    QString text;
    QList<WordRange> misspelled;
};

// Checks the spelling of editor lines on a worker thread, so typing never waits for Hunspell.
// One check runs at a time (Hunspell is serialised anyway). A request for a line supersedes
// every older request for the same blockNumber: those are skipped if not yet checked and never
// delivered. Checked words are cached (LRU), so re-checking a paragraph costs hash lookups.
class SpellCheckService final : public QObject
{
    Q_OBJECT

public:
    explicit SpellCheckService(QObject *parent = nullptr);
    ~SpellCheckService() override;

    // Null switches checking off: every line then comes back without misspellings. Results
    // still on their way for the previous checker are dropped; dictionaryChanged() follows.
    void setChecker(std::shared_ptr<SpellChecker> checker);
    std::shared_ptr<SpellChecker> checker() const { return m_checker; }

    void setScannerOptions(MarkdownSpellScanner::Options options);

    // generation: grows with each request (the document revision works); a line whose block
    // already has a newer generation requested is ignored.
    void requestCheck(quint64 generation, const QList<SpellLineRequest> &lines);

    // The checker's methods, plus dictionaryChanged() so the editor re-checks what it shows.
    Result<void> addToPersonal(const QString &word);
    void ignoreForSession(const QString &word);

    int cachedWordCount() const;

Q_SIGNALS:
    // Results of one request, leaving out lines superseded meanwhile; not emitted if none is left.
    void checked(quint64 generation, const QList<Postwright::SpellLineResult> &results);
    // The checker, its options or its word list changed: request every line again.
    void dictionaryChanged();

private:
    QList<SpellLineResult> check(const std::shared_ptr<SpellChecker> &checker,
                                 MarkdownSpellScanner::Options options, quint64 generation,
                                 const QList<SpellLineRequest> &lines);
    void deliver(quint64 epoch, quint64 generation, QList<SpellLineResult> results);
    void reset();

    std::shared_ptr<SpellChecker> m_checker;
    MarkdownSpellScanner::Options m_options;
    quint64 m_epoch = 0; // bumped when results in flight become meaningless

    // Shared with the worker.
    mutable QMutex m_mutex;
    QHash<int, quint64> m_latest; // block -> newest generation requested and not yet delivered
    QCache<QString, bool> m_cache;
    const SpellChecker *m_cacheChecker = nullptr;
    quint64 m_cacheRevision = 0;

    QThreadPool m_pool; // last: destroyed (and waited for) first
};

} // namespace Postwright
