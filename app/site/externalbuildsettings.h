#pragma once

#include "blog/sitelayout.h"
#include "blog/sitetoolsettings.h"
#include "site/externalbuild.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Postwright {

// Which builder a site gets, decided in one place for the window, the CLI and publishing: a Hugo
// or Jekyll site is built by its own generator (ExternalBuild) unless postwright.yaml says
// `build: generator: false` or the default generator is not installed; everything else by
// Postwright's builder. Also writes the `build:` block back into postwright.yaml, leaving the
// rest of the file (other keys, comments, order) as it was.
class ExternalBuildSettings
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::ExternalBuildSettings)

public:
    struct Choice
    {
        SiteLayout layout;
        bool hasGenerator = false;        // a Hugo or Jekyll site
        SiteToolSettings settings;        // as the settings file says; defaults when it is absent or broken
        QString settingsPath;             // postwright.yaml (blog.yaml for a native blog), absolute
        std::optional<SourceError> error; // the settings file does not parse: no build should run
        QString command;                  // what runs: the configured command, else the default
        QString program;                  // its first word: "hugo", "bundle", "./build.sh"
        QString programPath;              // where it was found; empty when it was not
        ExternalBuildOptions options;     // generator, site root and command, ready for ExternalBuild
        bool useGenerator = false;        // the decision
        // Why Postwright's builder builds a Hugo or Jekyll site, for a note; empty otherwise.
        QString builtInReason;
    };

    static Choice choose(const QString &siteRoot);
    static Choice choose(const SiteLayout &layout);

    // Where the program of a command is: on PATH, or for a path ("./build.sh") relative to the
    // site; empty when it is not there or cannot run.
    static QString findProgram(const QString &command, const QString &siteRoot);
    // "hugo" / "jekyll"; empty for other kinds.
    static QString generatorName(SiteKind kind);
    // The Debian package to install for it: "hugo", "jekyll".
    static QString installHint(SiteKind kind);

    // yaml (postwright.yaml's text, possibly empty) with `build: command:` and `build: generator:`
    // set. An empty command and generator true are the defaults, written by leaving the keys out
    // (an existing `generator:` line is kept and set). Edits only the lines of the build block;
    // refuses a file that does not parse or a build block written on one line ({…}).
    static Result<QString> withBuildSettings(const QString &yaml, const QString &command, bool useGenerator,
                                             const QString &fileName = {});
    // Reads path (a missing file is empty), edits it as above and writes it atomically (QSaveFile).
    // A new file starts with a comment that says what it is for.
    static Result<void> save(const QString &path, const QString &command, bool useGenerator);
};

} // namespace Postwright
