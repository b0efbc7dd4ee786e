#pragma once

// What the libgit2 classes (GitTransport, GitStage, GitRemote) share: global set-up, self-freeing
// handles, and libgit2's error text made safe to show. Internal to app/publish.

#include <QString>
#include <QStringList>

#include <git2.h>

#include <memory>

namespace Postwright::Git {

// git_libgit2_init, once per process, before the first libgit2 call.
void initOnce();

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *object) const { Free(object); }
};
template<typename T, void (*Free)(T *)>
using Handle = std::unique_ptr<T, Deleter<T, Free>>;

using Repository = Handle<git_repository, git_repository_free>;
using Remote = Handle<git_remote, git_remote_free>;
using Commit = Handle<git_commit, git_commit_free>;
using Tree = Handle<git_tree, git_tree_free>;
using TreeEntry = Handle<git_tree_entry, git_tree_entry_free>;
using TreeBuilder = Handle<git_treebuilder, git_treebuilder_free>;
using Blob = Handle<git_blob, git_blob_free>;
using Signature = Handle<git_signature, git_signature_free>;
using Reference = Handle<git_reference, git_reference_free>;

// A URL as it may be shown: "https://user:token@host/…" loses the token (scp-like "user@host:path"
// and local paths carry none and stay as they are).
QString withoutPassword(const QString &url);
// The password part of a URL's user info; empty when there is none.
QString passwordOf(const QString &url);
// text with every non-empty secret replaced by bullets and URLs stripped of their passwords.
QString blanked(QString text, const QStringList &secrets);
// libgit2's message for the last failed call on this thread, blanked; empty when there is none.
QString lastErrorText(const QStringList &secrets);
// libgit2's error class for the last failed call on this thread (GIT_ERROR_NONE when there is none).
int lastErrorClass();

} // namespace Postwright::Git
