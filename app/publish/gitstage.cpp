#include "gitstage.h"

#include "publish/remotemanifest.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::GitTransport", text);
}

// GitHub Pages runs Jekyll over a branch unless its root holds this file; the site is built already.
const QString noJekyll = QStringLiteral(".nojekyll");
const char publishRef[] = "refs/postwright/publish";
const char fetchedRef[] = "refs/postwright/fetched";
// Lines of the commit message's body that list files; a big first publish lists no more.
constexpr qsizetype listedFiles = 100;

} // namespace

GitStage::GitStage(GitOptions options)
    : m_options(std::move(options))
    , m_remote(m_options)
{
    if (m_options.branch.isEmpty())
        m_options.branch = QStringLiteral("gh-pages");
    int valid = 0;
    const QByteArray branchRef = "refs/heads/" + m_options.branch.toUtf8();
    if (git_reference_name_is_valid(&valid, branchRef.constData()) < 0 || !valid) {
        m_invalidOption = tr("\u201c%1\u201d is not a valid branch name.").arg(m_options.branch);
    }
    QStringList parts;
    for (const QString &part : m_options.pathInBranch.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"..") {
            m_invalidOption = tr("the path \u201c%1\u201d leaves the branch.").arg(m_options.pathInBranch);
        } else if (part.compare(QStringLiteral(".git"), Qt::CaseInsensitive) == 0) {
            m_invalidOption =
                tr("the path \u201c%1\u201d is not allowed in git.").arg(m_options.pathInBranch);
        } else if (part != u".") {
            parts.append(part);
        }
    }
    m_sitePrefix = parts.isEmpty() ? QString() : parts.join(u'/') + u'/';
}

GitStage::~GitStage() = default;

QString GitStage::branchPath(const QString &remotePath) const
{
    return m_sitePrefix + remotePath;
}

TransportError GitStage::localError(const QString &what) const
{
    return TransportError{
        TransportError::Kind::Permanent,
        tr("%1: %2").arg(what, Git::lastErrorText({m_options.secret, m_options.keyPassphrase}))};
}

std::optional<TransportError> GitStage::notOpen() const
{
    if (m_open)
        return std::nullopt;
    return TransportError{
        TransportError::Kind::Permanent,
        tr("Publishing to %1 failed: the branch was not fetched first.").arg(m_remote.place())};
}

void GitStage::reset()
{
    m_open = false;
    m_tip.reset();
    m_changes.clear();
    m_commit.reset();
    m_changed.clear();
    m_removed.clear();
}

std::optional<TransportError> GitStage::openRepository()
{
    QString folder = m_options.cacheDir;
    if (folder.isEmpty()) {
        m_temporaryCache = std::make_unique<QTemporaryDir>();
        folder = m_temporaryCache->path();
    }
    QDir().mkpath(folder);
    const QByteArray path = QFile::encodeName(folder);
    git_repository *raw = nullptr;
    // A bare repository: the branch is never checked out, commits are made from trees directly.
    if (git_repository_open_bare(&raw, path.constData()) < 0 &&
        git_repository_init(&raw, path.constData(), 1) < 0) {
        return localError(tr("Cannot prepare the local copy of the branch in %1").arg(folder));
    }
    m_repository.reset(raw);
    return std::nullopt;
}

std::optional<TransportError> GitStage::open()
{
    QMutexLocker lock(&m_mutex);
    if (m_invalidOption) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Publishing to %1 failed: %2").arg(m_remote.place(), *m_invalidOption)};
    }
    if (m_open)
        return std::nullopt;
    if (!m_repository) {
        if (std::optional<TransportError> error = openRepository())
            return error;
    }
    std::optional<git_oid> tip;
    if (std::optional<TransportError> error = m_remote.fetch(m_repository.get(), tip))
        return error;
    if (tip) {
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, m_repository.get(), &*tip) < 0)
            return localError(tr("The branch on %1 does not end in a commit").arg(m_remote.place()));
        git_commit_free(raw);
        // Later fetches negotiate from here, so only what is new travels.
        git_reference *ref = nullptr;
        if (git_reference_create(&ref, m_repository.get(), fetchedRef, &*tip, 1, nullptr) == 0)
            git_reference_free(ref);
    }
    reset();
    m_tip = tip;
    m_open = true;
    return std::nullopt;
}

std::optional<TransportError> GitStage::stageFile(const QString &localFile, const QString &remotePath)
{
    QMutexLocker lock(&m_mutex);
    if (std::optional<TransportError> error = notOpen())
        return error;
    git_oid id;
    // From disk, not from a work tree: no filters, the bytes go in exactly as they are.
    if (git_blob_create_from_disk(&id, m_repository.get(), QFile::encodeName(localFile).constData()) < 0)
        return localError(tr("Cannot read \u201c%1\u201d").arg(localFile));
    m_changes.insert(branchPath(remotePath), id);
    m_commit.reset();
    return std::nullopt;
}

std::optional<TransportError> GitStage::stageRemoval(const QString &remotePath)
{
    QMutexLocker lock(&m_mutex);
    if (std::optional<TransportError> error = notOpen())
        return error;
    m_changes.insert(branchPath(remotePath), std::nullopt);
    m_commit.reset();
    return std::nullopt;
}

std::optional<TransportError> GitStage::read(const QString &remotePath, std::optional<QByteArray> &bytes)
{
    bytes.reset();
    QMutexLocker lock(&m_mutex);
    if (std::optional<TransportError> error = notOpen())
        return error;
    const QString path = branchPath(remotePath);
    std::optional<git_oid> blobId;
    if (m_changes.contains(path)) {
        blobId = m_changes.value(path);
    } else if (m_tip) {
        git_commit *rawCommit = nullptr;
        git_tree *rawTree = nullptr;
        if (git_commit_lookup(&rawCommit, m_repository.get(), &*m_tip) < 0)
            return localError(tr("Cannot read \u201c%1\u201d").arg(remotePath));
        const Git::Commit commit(rawCommit);
        if (git_commit_tree(&rawTree, commit.get()) < 0)
            return localError(tr("Cannot read \u201c%1\u201d").arg(remotePath));
        const Git::Tree tree(rawTree);
        git_tree_entry *rawEntry = nullptr;
        const int code = git_tree_entry_bypath(&rawEntry, tree.get(), path.toUtf8().constData());
        if (code == GIT_ENOTFOUND)
            return std::nullopt;
        if (code < 0)
            return localError(tr("Cannot read \u201c%1\u201d").arg(remotePath));
        const Git::TreeEntry entry(rawEntry);
        if (git_tree_entry_type(entry.get()) == GIT_OBJECT_BLOB)
            blobId = *git_tree_entry_id(entry.get());
    }
    if (!blobId)
        return std::nullopt;
    git_blob *rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, m_repository.get(), &*blobId) < 0)
        return localError(tr("Cannot read \u201c%1\u201d").arg(remotePath));
    const Git::Blob blob(rawBlob);
    bytes = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                       qsizetype(git_blob_rawsize(blob.get())));
    return std::nullopt;
}

// Rebuilds only the trees on the way to a change; every other tree and blob of the branch is reused
// as it is, so content outside the site's folder is never touched.
bool GitStage::writeTree(git_tree *base, const Changes &changes, const QString &prefix, git_oid *out,
                         bool *empty)
{
    git_treebuilder *rawBuilder = nullptr;
    if (git_treebuilder_new(&rawBuilder, m_repository.get(), base) < 0)
        return false;
    const Git::TreeBuilder builder(rawBuilder);
    QMap<QString, Changes> below; // first path segment -> changes inside that folder
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        if (slash >= 0) {
            below[it.key().left(slash)].insert(it.key().mid(slash + 1), it.value());
            continue;
        }
        const QByteArray name = it.key().toUtf8();
        const git_tree_entry *existing = git_treebuilder_get(builder.get(), name.constData());
        if (it.value()) {
            if (existing && git_tree_entry_type(existing) == GIT_OBJECT_BLOB &&
                git_oid_equal(git_tree_entry_id(existing), &*it.value()))
                continue; // the same bytes as before
            if (git_treebuilder_insert(nullptr, builder.get(), name.constData(), &*it.value(),
                                       GIT_FILEMODE_BLOB) < 0)
                return false;
            m_changed.append(prefix + it.key());
        } else if (existing && git_tree_entry_type(existing) != GIT_OBJECT_TREE) {
            if (git_treebuilder_remove(builder.get(), name.constData()) < 0)
                return false;
            m_removed.append(prefix + it.key());
        }
    }
    for (auto it = below.cbegin(); it != below.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const git_tree_entry *existing = git_treebuilder_get(builder.get(), name.constData());
        const bool existingIsTree = existing && git_tree_entry_type(existing) == GIT_OBJECT_TREE;
        Git::Tree subtree;
        if (existingIsTree) {
            git_tree *raw = nullptr;
            if (git_tree_lookup(&raw, m_repository.get(), git_tree_entry_id(existing)) < 0)
                return false;
            subtree.reset(raw);
        }
        git_oid id;
        bool subtreeEmpty = false;
        if (!writeTree(subtree.get(), it.value(), prefix + it.key() + u'/', &id, &subtreeEmpty))
            return false;
        if (subtreeEmpty) {
            // A folder whose last file went goes too (git has no empty folders); a file that is not a
            // folder stays.
            if (existingIsTree && git_treebuilder_remove(builder.get(), name.constData()) < 0)
                return false;
        } else if (git_treebuilder_insert(nullptr, builder.get(), name.constData(), &id, GIT_FILEMODE_TREE) <
                   0) {
            return false;
        }
    }
    *empty = git_treebuilder_entrycount(builder.get()) == 0;
    return git_treebuilder_write(out, builder.get()) == 0;
}

QString GitStage::commitMessage() const
{
    // The deploy's bookkeeping is not news; the site's files are.
    const auto content = [this](const QStringList &paths) {
        QStringList files;
        for (const QString &path : paths) {
            if (path != noJekyll && path != m_sitePrefix + RemoteManifest::headFileName() &&
                !path.startsWith(m_sitePrefix + RemoteManifest::folderName() + u'/'))
                files.append(path);
        }
        return files;
    };
    const QStringList changed = content(m_changed);
    const QStringList removed = content(m_removed);
    QString subject;
    if (!changed.isEmpty())
        subject = changed.size() == 1 ? tr("Publish: 1 file changed")
                                      : tr("Publish: %1 files changed").arg(changed.size());
    if (!removed.isEmpty()) {
        if (subject.isEmpty())
            subject = removed.size() == 1 ? tr("Publish: 1 file removed")
                                          : tr("Publish: %1 files removed").arg(removed.size());
        else
            subject += tr(", %1 removed").arg(removed.size());
    }
    if (subject.isEmpty())
        subject = tr("Publish: no file changed");
    QStringList body;
    for (const QString &path : changed)
        body.append(QStringLiteral("M ") + path);
    for (const QString &path : removed)
        body.append(QStringLiteral("D ") + path);
    if (body.size() > listedFiles) {
        const qsizetype more = body.size() - listedFiles;
        body.resize(listedFiles);
        body.append(tr("\u2026 and %1 more").arg(more));
    }
    if (body.isEmpty())
        return subject + u'\n';
    return subject + QStringLiteral("\n\n") + body.join(u'\n') + u'\n';
}

std::optional<TransportError> GitStage::commit()
{
    QMutexLocker lock(&m_mutex);
    if (std::optional<TransportError> error = notOpen())
        return error;
    git_repository *repository = m_repository.get();
    const QString cannotCommit = tr("Cannot make the commit for %1").arg(m_remote.place());
    if (!m_commit) {
        Git::Commit parent;
        Git::Tree base;
        if (m_tip) {
            git_commit *rawCommit = nullptr;
            git_tree *rawTree = nullptr;
            if (git_commit_lookup(&rawCommit, repository, &*m_tip) < 0)
                return localError(cannotCommit);
            parent.reset(rawCommit);
            if (git_commit_tree(&rawTree, parent.get()) < 0)
                return localError(cannotCommit);
            base.reset(rawTree);
        }
        Changes changes = m_changes;
        if (!changes.contains(noJekyll) &&
            (!base || !git_tree_entry_byname(base.get(), noJekyll.toUtf8().constData()))) {
            git_oid emptyBlob;
            if (git_blob_create_from_buffer(&emptyBlob, repository, "", 0) < 0)
                return localError(cannotCommit);
            changes.insert(noJekyll, emptyBlob);
        }
        m_changed.clear();
        m_removed.clear();
        git_oid treeId;
        bool empty = false;
        if (!writeTree(base.get(), changes, QString(), &treeId, &empty))
            return localError(cannotCommit);
        if (base && git_oid_equal(&treeId, git_tree_id(base.get()))) {
            qCDebug(lcPublish) << "git: nothing differs from" << m_remote.place();
            reset();
            return std::nullopt;
        }
        git_tree *rawTree = nullptr;
        git_signature *rawSignature = nullptr;
        if (git_tree_lookup(&rawTree, repository, &treeId) < 0)
            return localError(cannotCommit);
        const Git::Tree tree(rawTree);
        const QString name =
            m_options.authorName.isEmpty() ? QStringLiteral("Postwright") : m_options.authorName;
        const QString email =
            m_options.authorEmail.isEmpty() ? QStringLiteral("postwright@localhost") : m_options.authorEmail;
        if (git_signature_now(&rawSignature, name.toUtf8().constData(), email.toUtf8().constData()) < 0)
            return localError(cannotCommit);
        const Git::Signature signature(rawSignature);
        const git_commit *parents[] = {parent.get()};
        git_oid commitId;
        if (git_commit_create(&commitId, repository, nullptr, signature.get(), signature.get(), nullptr,
                              commitMessage().toUtf8().constData(), tree.get(), parent ? 1 : 0, parents) < 0)
            return localError(cannotCommit);
        m_commit = commitId;
    }
    git_reference *rawRef = nullptr;
    if (git_reference_create(&rawRef, repository, publishRef, &*m_commit, 1, nullptr) < 0)
        return localError(cannotCommit);
    git_reference_free(rawRef);
    if (std::optional<TransportError> error = m_remote.push(repository, publishRef))
        return error; // kept: a retry pushes the same commit
    if (git_reference_create(&rawRef, repository, fetchedRef, &*m_commit, 1, nullptr) == 0)
        git_reference_free(rawRef);
    qCInfo(lcPublish) << "git: pushed" << m_changed.size() << "changed and" << m_removed.size()
                      << "removed to" << m_remote.place();
    reset();
    return std::nullopt;
}

void GitStage::rollback()
{
    QMutexLocker lock(&m_mutex);
    reset();
}

} // namespace Postwright
