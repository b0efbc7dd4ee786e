#pragma once

#include "publish/publishtargets.h"
#include "util/sourceerror.h"

#include <QString>

namespace Postwright::PublishText {

// Words the publish dialogs share, so a target reads the same in every one of them.

// Where a target publishes to: "user@host:port/path", a folder, a bucket, a remote.
QString location(const PublishTarget &target);
// What the target's secret is called ("Password", "Key passphrase", "Access token"); empty when
// the type has none.
QString secretName(const PublishTarget &target);
// The sentences that name a target's secret, each written out for every kind of secret rather
// than a lower-cased secretName() put into one sentence: languages inflect the noun and its
// article ("ein Passwort", "eine Passphrase"), and German keeps its capitals.
enum class SecretSentence {
    Reading,   // "Reading the password for <target name> from the keychain…"
    Waiting,   // "Waiting for the password…"
    Stored,    // "A password is stored in the system keychain."
    NotStored, // "No password is stored; Postwright will ask when it needs one."
    TypeFirst, // "Type the password first: none is stored."
};
// Empty when the target's type has no secret.
QString secretSentence(const PublishTarget &target, SecretSentence sentence);
// Where to get a blog API target's secret ("Ghost Admin ▸ Settings ▸ Integrations …"); empty for
// the others, whose secret needs no explaining.
QString secretHint(const PublishTarget &target);
// "1 file" / "12 files" (spelled out: there is no shipped English translation for %n forms).
QString fileCount(int files);
// "1 post" / "12 posts".
QString postCount(int posts);
// "1 new post", "2 changed posts": kind is "new" or "changed", already translated by the caller.
QString postCount(int posts, const QString &kind);
// What a blog API target is called in sentences: "WordPress", "Ghost", "MetaWeblog", "Micropub";
// typeName() for the others.
QString typeDisplayName(PublishTarget::Type type);
// A human size, "1.2 MB".
QString dataSize(qint64 bytes);
// A short `publish:` section for blog.yaml, for the places that explain how to add a target.
QString exampleYaml();
// Whether a keychain read failed only because nothing is stored under `key` (the normal case
// for a first publish), as opposed to a keychain that is missing, locked or refused access.
bool isNothingStored(const SourceError &error, const QString &key);

} // namespace Postwright::PublishText
