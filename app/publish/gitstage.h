#pragma once

#include "publish/deploytransport.h"
#include "publish/gitremote.h"
#include "publish/gitsupport.h"
#include "publish/gittransport.h"

#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace Postwright {

// What the GitTransports of one publish share: a local cache repository holding the target branch as
// the server had it when the transaction began, and the changes staged on top of it, which commit()
// turns into one commit and pushes. Thread-safe: every call holds one mutex, so no libgit2 object is
// ever used by two threads at once.
class GitStage
{
public:
    explicit GitStage(GitOptions options);
    ~GitStage();
    GitStage(const GitStage &) = delete;
    GitStage &operator=(const GitStage &) = delete;

    // Begins a transaction by fetching the branch, unless one is already under way.
    std::optional<TransportError> open();
    // Paths are relative to the site's folder in the branch (GitOptions::pathInBranch).
    std::optional<TransportError> stageFile(const QString &localFile, const QString &remotePath);
    std::optional<TransportError> stageRemoval(const QString &remotePath);
    // The staged content if there is one, else the fetched branch's.
    std::optional<TransportError> read(const QString &remotePath, std::optional<QByteArray> &bytes);
    // Commits what was staged onto the fetched tip and pushes it. On success the transaction ends; on
    // failure it stays, so a retry pushes the same commit, until rollback().
    std::optional<TransportError> commit();
    // Ends the transaction without publishing anything.
    void rollback();

private:
    using Changes = QMap<QString, std::optional<git_oid>>; // path -> new blob; nullopt removes it

    std::optional<TransportError> openRepository();
    std::optional<TransportError> notOpen() const;
    QString branchPath(const QString &remotePath) const;
    TransportError localError(const QString &what) const;
    bool writeTree(git_tree *base, const Changes &changes, const QString &prefix, git_oid *out, bool *empty);
    QString commitMessage() const;
    void reset();

    mutable QMutex m_mutex;
    GitOptions m_options;
    QString m_sitePrefix; // pathInBranch, normalised, with a trailing '/' (empty for the root)
    std::optional<QString> m_invalidOption;
    GitRemote m_remote;
    std::unique_ptr<QTemporaryDir> m_temporaryCache;
    Git::Repository m_repository;
    bool m_open = false;
    std::optional<git_oid> m_tip; // the branch on the server at open(); nullopt: not there yet
    Changes m_changes;
    std::optional<git_oid> m_commit; // made from m_changes by a commit() whose push failed
    QStringList m_changed;           // what writeTree() changed and removed, for the commit message
    QStringList m_removed;
};

} // namespace Postwright
