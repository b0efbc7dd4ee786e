#pragma once

#include "publish/blogapi.h"
#include "publish/deployengine.h"
#include "publish/netlifydeploy.h"
#include "publish/publishtargets.h"
#include "site/buildoptions.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace Postwright {

class ExternalBuild;
struct ExternalBuildOptions;

// One publish of a blog to one of its targets, from the outside in: build the site
// (incrementally, like `build`), connect, plan against the target's manifest, deploy. Shared by
// `postwright-cli publish` and the window; secrets and host-key decisions come from the caller,
// which knows whether it can ask a person.
class PublishSession
{
public:
    struct Connection
    {
        // sftp, git: the password or token, or the key file's passphrase; ftp, ftps: the password;
        // s3: the secret access key; netlify: the personal access token. Never shown.
        QString secret;
        QString knownHostsFile; // sftp, git over ssh: Postwright's own known_hosts
        // sftp: a host known_hosts does not list; true trusts and records its key.
        std::function<bool(const QString &host, const QString &keyFingerprint)> confirmUnknownHost;
        // blog APIs: writes a post's web version over its file when the writer keeps the web version of
        // a conflict (BlogPublisher::Resolution::KeepWeb); returns a problem in words.
        std::function<std::optional<QString>(const QString &filePath, const RemotePost &remote)>
            keepWebWriter;
    };

    // target: one of readTargets(blogRoot).
    PublishSession(QString blogRoot, PublishTarget target, Connection connection, DeployOptions options);
    ~PublishSession();
    PublishSession(const PublishSession &) = delete;
    PublishSession &operator=(const PublishSession &) = delete;

    // The `publish:` section of BLOG/blog.yaml; empty targets when there is none.
    static Result<PublishTargets> readTargets(const QString &blogRoot);
    // A sentence saying the target's type cannot be published to yet; nullopt when it can.
    static std::optional<QString> unsupportedReason(const PublishTarget &target);
    // Whether a publish cannot even log in without a secret (sftp with a password, ftp, ftps, s3).
    static bool requiresSecret(const PublishTarget &target);
    // Whether the target is on this computer (folder, zip): no login, no secret, no host key.
    static bool isLocal(const PublishTarget &target);
    // What the target's secret is called, for prompts and messages: "password", "secret access key" …
    static QString secretLabel(const PublishTarget &target);
    // POSTWRIGHT_SECRET_<NAME>: the name upper-cased, anything but A-Z and 0-9 turned into '_'.
    static QString secretVariable(const QString &targetName);
    // POSTWRIGHT_SECRET_<NAME>, else POSTWRIGHT_SECRET; nullopt when neither is set.
    static std::optional<QString> secretFromEnvironment(const QString &targetName);
    // The target's secret from the system keychain (under target.id()); blocks in a local event
    // loop, so call it from the main thread only.
    static Result<QString> secretFromKeychain(const PublishTarget &target);
    // <AppDataLocation>/known_hosts
    static QString defaultKnownHostsFile();

    const PublishTarget &target() const { return m_target; }
    // folder, zip: where the target is on this computer, as an absolute path.
    QString localPath() const { return resolvedPath(m_target.path); }

    // Builds the site: a Hugo or Jekyll site with its own generator when it is installed (the
    // command from postwright.yaml, without drafts or future posts) into the output folder its
    // configuration names, where the deploy then reads it; otherwise with Postwright's builder
    // into BLOG/public, reusing and updating the build cache. Any error of a generator's build
    // is fatal here: a post it left out would be deleted from the published site.
    BuildReport build();
    // Receives each line a generator writes during build(), on the thread that runs build().
    void setBuildOutput(std::function<void(const QString &line, bool isError)> output)
    {
        m_buildOutput = std::move(output);
    }
    // Stops build() from any thread; its report then says the build was cancelled.
    void cancelBuild();
    // After build(): the generator's command line as it ran; empty when Postwright's builder built.
    QString buildCommandLine() const { return m_buildCommandLine; }
    // Opens one connection and closes it again, so a wrong password or host key stops the
    // publish before any planning, and an unknown host is asked about once, not per connection.
    std::optional<TransportError> checkConnection();
    // After build(): what the deploy would do.
    Result<DeployPlan> plan();
    // After plan(): carries it out, blocking; progress() is emitted from worker threads.
    // A zip target is written whole, whatever the plan says (see runZip()).
    DeployReport run(const DeployPlan &plan);
    // Valid after build(), for its progress() signal. A BlogPublisher for blog API targets.
    Deployer *engine() const { return m_engine.get(); }

private:
    TransportFactory transportFactory() const;
    NetlifyOptions netlifyOptions() const;
    DeployReport runZip(const DeployPlan &plan);
    QString resolvedPath(const QString &path) const; // blog-relative and ~/ paths made absolute
    BuildReport buildSite();
    BuildReport buildWithGenerator(const ExternalBuildOptions &options);

    QString m_blogRoot;
    PublishTarget m_target;
    Connection m_connection;
    DeployOptions m_options;
    std::unique_ptr<Deployer> m_engine; // a DeployEngine, or a NetlifyDeploy
    QString m_outputPath;               // the built site, after build()
    std::function<void(const QString &, bool)> m_buildOutput;
    QString m_buildCommandLine;
    std::atomic_bool m_buildCancelled = false;
    std::mutex m_buildMutex;                  // guards m_externalBuild for cancelBuild()
    ExternalBuild *m_externalBuild = nullptr; // during a generator's build, on build()'s thread
};

} // namespace Postwright
