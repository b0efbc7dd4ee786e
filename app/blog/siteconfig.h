#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Postwright {

// A Hugo or Jekyll site's configuration as its generator reads it: values found by their path
// (params.author) in whichever format each file is written (TOML, YAML, JSON), with the file and
// line they come from for error messages. A Hugo site may spread it over several files
// (hugo.toml, config/_default/params.toml…), merged the way Hugo merges them.
class SiteConfig
{
public:
    // One value. Tables report their keys (merged over every file that has the table); lists of
    // scalars their items. JSON has no positions: line 0.
    struct Value
    {
        bool present = false;
        bool scalar = false;
        QString text;      // a scalar's text, trimmed
        QStringList keys;  // a table's keys, as written
        QStringList items; // a list's scalars
        bool isList = false;
        QString file;
        int line = 0;
        int column = 0;
    };

    // One of Hugo's config files, relative to the site root, with the top-level key its content
    // goes under: empty for hugo.* and config.*, "params" for config/_default/params.toml.
    struct HugoFile
    {
        QString path;
        QString key;
    };

    // Parses one config text; format is "toml", "yaml" (also "yml") or "json". anyCase: keys are
    // matched without regard to case (Hugo), or exactly (Jekyll). Errors give file:line:col.
    static Result<SiteConfig> parse(const QString &text, const QString &format, const QString &fileName,
                                    bool anyCase);
    // Hugo's config files at root, lowest precedence first: the root's hugo.* (else config.*),
    // then config/_default/, then config/production/ (the environment `hugo` builds with). In
    // config folders, hugo.* and config.* hold top-level keys and any other file the key named
    // by its name (params.toml, menus.en.toml -> menus). Empty when there is none.
    static QList<HugoFile> hugoFiles(const QString &root);
    // Reads and merges hugoFiles(root). Errors name the absolute path of the file at fault.
    static Result<SiteConfig> loadHugo(const QString &root);
    // Reads one file (Jekyll's _config.yml, a single Hugo config); format from its suffix.
    static Result<SiteConfig> loadFile(const QString &path, bool anyCase, const QString &key = {});

    // The value at path; a scalar comes from the file that wins (the highest precedence one).
    Value value(const QStringList &path) const;
    // A scalar at path as text; empty when absent or not a scalar.
    QString text(const QStringList &path) const;
    // A list of scalars at path; a single scalar is a list of one. Empty when absent.
    QStringList list(const QStringList &path) const;
    // A boolean at path (true/false, "true"/"false"); fallback when absent or not a boolean.
    bool flag(const QStringList &path, bool fallback) const;
    bool isEmpty() const { return m_layers.isEmpty(); }

private:
    using Lookup = std::function<Value(const QStringList &path)>;
    struct Layer
    {
        QString file;
        QString key; // empty: the file's keys are top-level ones
        Lookup lookup;
    };
    void merge(const SiteConfig &higher);

    QList<Layer> m_layers; // highest precedence first
};

} // namespace Postwright
