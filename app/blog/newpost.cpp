#include "newpost.h"

#include "blog/archetype.h"
#include "blog/frontmatter.h"
#include "blog/frontmatteredit.h"
#include "blog/postdocument.h"
#include "blog/postfiles.h"
#include "blog/posttreemodel.h"
#include "blog/yamlscalar.h"
#include "util/atomicfile.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Postwright {

namespace {

using namespace Qt::StringLiterals;

// How many of a site's posts are read to learn its habits: the newest say most about how the
// writer works now, and a site of thousands of posts must not make New Post slow.
constexpr qsizetype kPostsToLearnFrom = 60;

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::NewPost", text);
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isUncategorized(const QString &category)
{
    return category.trimmed().isEmpty() || category == PostTreeModel::uncategorizedName();
}

// Newest first by file name (Jekyll's start with their date), at most kPostsToLearnFrom.
QStringList newestPosts(QStringList files)
{
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).fileName() > QFileInfo(b).fileName();
    });
    return files.mid(0, kPostsToLearnFrom);
}

QString fileText(const QString &path)
{
    const Result<QByteArray> bytes = AtomicFile::read(path);
    return bytes ? PostDocument::fromBytes(bytes.value(), path).text() : QString();
}

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? fromStd(node.Scalar()).trimmed() : QString();
}

// Whether _config.yml's `defaults:` give posts a layout, as `jekyll new` sites often do; the posts
// then do not repeat it.
bool configGivesPostsALayout(const Blog &blog)
{
    const Result<QByteArray> bytes = AtomicFile::read(blog.configPath());
    if (!bytes)
        return false;
    try {
        const YAML::Node defaults = YAML::Load(bytes.value().toStdString())["defaults"];
        if (!defaults || !defaults.IsSequence())
            return false;
        for (const YAML::Node &entry : defaults) {
            if (!entry.IsMap() || !entry["values"].IsMap() || scalar(entry["values"]["layout"]).isEmpty())
                continue;
            const YAML::Node scope = entry["scope"];
            const QString type = scope.IsMap() ? scalar(scope["type"]) : QString();
            QString path = scope.IsMap() ? scalar(scope["path"]) : QString();
            while (path.startsWith(u"./") || path.startsWith(u'/'))
                path.remove(0, path.startsWith(u'/') ? 1 : 2);
            while (path.endsWith(u'/'))
                path.chop(1);
            if ((type.isEmpty() || type == u"posts") && (path.isEmpty() || path == u"_posts"))
                return true;
        }
    } catch (const YAML::Exception &) {
        // A broken _config.yml is reported where the site is opened; here it only gives no default.
    }
    return false;
}

// The layout the site's posts name (`layout: post`), when at least half of the newest name one.
QString usualJekyllLayout(const Blog &blog)
{
    QStringList posts = blog.postFiles();
    const QString postsFolder = blog.postsPath() + u'/';
    posts.removeIf([&](const QString &file) { return !file.startsWith(postsFolder); });
    QHash<QString, int> votes;
    int named = 0;
    const QStringList newest = newestPosts(posts);
    for (const QString &file : newest) {
        const FrontMatterSplit split = FrontMatter::split(fileText(file));
        if (!split.hasFrontMatter || split.unclosed || split.format != FrontMatterSplit::Format::Yaml)
            continue;
        try {
            const YAML::Node root = YAML::Load(split.yaml.toStdString());
            const QString layout = root.IsMap() ? scalar(root["layout"]) : QString();
            if (!layout.isEmpty()) {
                ++votes[layout];
                ++named;
            }
        } catch (const YAML::Exception &) {
            // The tree shows the post's error; it just has no say here.
        }
    }
    if (named == 0 || named * 2 < newest.size())
        return {};
    QString best;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (best.isEmpty() || it.value() > votes.value(best) ||
            (it.value() == votes.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

// Hugo: whether the site's posts mostly use TOML (`+++`) front matter; a tie goes to its first
// post's format, a site without posts to TOML, Hugo's own default.
bool sitePrefersToml(const Blog &blog)
{
    int toml = 0;
    int yaml = 0;
    bool firstIsToml = true;
    const QStringList posts = blog.postFiles();
    for (const QString &file : newestPosts(posts)) {
        QFile post(file);
        if (!post.open(QIODevice::ReadOnly))
            continue;
        const QByteArray firstLine = post.readLine(64).trimmed();
        toml += firstLine == "+++" ? 1 : 0;
        yaml += firstLine == "---" ? 1 : 0;
    }
    if (!posts.isEmpty()) {
        QFile first(posts.constFirst());
        firstIsToml = !first.open(QIODevice::ReadOnly) || first.readLine(64).trimmed() != "---";
    }
    return toml != yaml ? toml > yaml : firstIsToml;
}

// A draft's name in _drafts/: the slug, with -2, -3… when taken.
QString uniquePath(const QString &folder, const QString &slug)
{
    const QDir dir(folder);
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? slug : u"%1-%2"_s.arg(slug).arg(n);
        if (!QFileInfo::exists(dir.filePath(name + u".md"_s)) && !QFileInfo::exists(dir.filePath(name)))
            return dir.filePath(name + u".md"_s);
    }
}

// Hugo's .Name and .File.ContentBaseName: the file's name, or a bundle's folder name.
QString contentBaseName(const QString &path)
{
    const QFileInfo info(path);
    return info.fileName() == u"index.md" ? info.dir().dirName() : info.completeBaseName();
}

} // namespace

NewPost::NewPost(const Blog &blog)
    : NewPost(blog, Options())
{}

NewPost::NewPost(const Blog &blog, const Options &options)
    : m_blog(blog)
    , m_options(options)
    , m_layout(PostLayout::detect(blog))
{
    if (blog.kind() != SiteKind::Hugo)
        return;
    // Learnt once: path() runs on each keystroke of the New Post dialog.
    const QString content = blog.postsPath() + u'/';
    const QStringList files = blog.postFiles();
    QStringList sections = PostLayout::hugoSections(blog);
    sections.append(PostLayout::hugoMainSection(blog));
    for (const QString &section : std::as_const(sections)) {
        QStringList inSection = files;
        inSection.removeIf([&](const QString &file) { return !file.startsWith(content + section + u'/'); });
        m_sectionLayouts.insert(section, PostLayout::detect(content + section, inSection));
    }
}

QString NewPost::hugoSectionFor(const QString &category) const
{
    if (m_blog.kind() != SiteKind::Hugo || isUncategorized(category))
        return {};
    const QString name = category.trimmed();
    for (auto it = m_sectionLayouts.keyBegin(); it != m_sectionLayouts.keyEnd(); ++it) {
        const QString &section = *it;
        if (section.compare(name, Qt::CaseInsensitive) == 0 || section == PostFiles::slugify(name))
            return section;
    }
    return {};
}

// The category the front matter names: none for a Hugo section, where the folder says it.
QString NewPost::categoryToWrite(const QString &category) const
{
    if (isUncategorized(category) || !hugoSectionFor(category).isEmpty())
        return {};
    return category.trimmed();
}

QString NewPost::path(const QString &title, const QString &category, bool draft, const QDate &date) const
{
    const QString slug = PostFiles::slugify(title);
    const QString written = isUncategorized(category) ? QString() : category.trimmed();
    switch (m_blog.kind()) {
    case SiteKind::Jekyll:
        // Jekyll's drafts have no date in their name: they get one when they are published.
        return draft ? uniquePath(m_blog.draftsPath(), slug) : m_layout.newPostPath(slug, written, date);
    case SiteKind::Hugo:
        if (const QString section = hugoSectionFor(category); !section.isEmpty())
            return m_sectionLayouts.value(section).newPostPath(slug, {}, date);
        break;
    case SiteKind::Native:
    case SiteKind::Unknown:
        break;
    }
    return m_layout.newPostPath(slug, written, date);
}

Result<QString> NewPost::create(const QString &title, const QString &category, bool draft,
                                const QDateTime &now) const
{
    const QString cleanTitle = title.trimmed();
    if (cleanTitle.isEmpty())
        return SourceError{{}, 0, 0, tr("A post needs a title.")};
    const QString target = path(cleanTitle, category, draft, now.date());

    // hugo itself knows every archetype feature (site and theme data, conditions, directory
    // archetypes); it is only asked when the site has an archetype, which is what hugo adds.
    const QString section = QDir(m_blog.postsPath()).relativeFilePath(target).section(u'/', 0, 0);
    if (m_blog.kind() == SiteKind::Hugo && m_options.runHugo && !Archetype::find(m_blog, section).isEmpty()) {
        if (const QString created = runHugo(target, now); !created.isEmpty()) {
            const Result<QByteArray> bytes = AtomicFile::read(created);
            if (!bytes)
                return bytes.error();
            const PostDocument document = PostDocument::fromBytes(bytes.value(), created);
            const QString text = applyChoices(document.text(), cleanTitle, category, draft);
            if (text != document.text()) {
                if (Result<void> written = AtomicFile::write(created, document.toBytes(text)); !written)
                    return written.error();
            }
            return created;
        }
    }
    return PostFiles::writeNewPost(target, frontMatter(target, cleanTitle, category, draft, now).toUtf8());
}

QString NewPost::frontMatter(const QString &path, const QString &title, const QString &category, bool draft,
                             const QDateTime &now) const
{
    switch (m_blog.kind()) {
    case SiteKind::Jekyll:
        return jekyllFrontMatter(title, category, draft, now);
    case SiteKind::Hugo:
        return hugoFrontMatter(path, title, category, draft, now);
    case SiteKind::Native:
    case SiteKind::Unknown:
        break;
    }
    FrontMatterEdit edit{QString()};
    edit.setString(u"title"_s, title);
    edit.setDateTime(u"date"_s, now);
    if (draft)
        edit.setBool(u"draft"_s, true);
    if (const QString written = categoryToWrite(category); !written.isEmpty())
        edit.setList(u"categories"_s, {written});
    return edit.text() + u'\n';
}

QString NewPost::jekyllFrontMatter(const QString &title, const QString &category, bool draft,
                                   const QDateTime &now) const
{
    // Seeded with a date in Jekyll's own style, so that setDateTime() writes it the way Jekyll's
    // documentation and `jekyll new` do: 2024-01-02 10:00:00 +0100.
    FrontMatterEdit edit(draft ? QString() : u"---\ndate: 2000-01-01 00:00:00 +0000\n---\n"_s);
    if (!draft)
        edit.setDateTime(u"date"_s, now);
    if (!configGivesPostsALayout(m_blog)) {
        if (const QString layout = usualJekyllLayout(m_blog); !layout.isEmpty())
            edit.setString(u"layout"_s, layout);
    }
    edit.setString(u"title"_s, title);
    if (const QString written = categoryToWrite(category); !written.isEmpty())
        edit.setList(u"categories"_s, {written});
    return edit.text() + u'\n';
}

QString NewPost::hugoFrontMatter(const QString &path, const QString &title, const QString &category,
                                 bool draft, const QDateTime &now) const
{
    const QString section = QDir(m_blog.postsPath()).relativeFilePath(path).section(u'/', 0, 0);
    if (const QString archetype = Archetype::find(m_blog, section); !archetype.isEmpty()) {
        const QString expanded = Archetype::expand(fileText(archetype), contentBaseName(path), now);
        // An archetype that leans on what only hugo can fill in may not parse without it.
        if (FrontMatter::split(expanded).hasFrontMatter && FrontMatter::parse(expanded, {}, SiteKind::Hugo) &&
            FrontMatterEdit(expanded).isValid())
            return applyChoices(expanded, title, category, draft);
        qCWarning(lcBlog) << "new post: the archetype" << archetype
                          << "does not give readable front matter without hugo; using the site's format";
    }
    // What Hugo's own default archetype holds, in the format the site's posts use.
    FrontMatterEdit edit(sitePrefersToml(m_blog) ? u"+++\n+++\n"_s : QString());
    edit.setString(u"title"_s, title);
    edit.setDateTime(u"date"_s, now);
    edit.setBool(u"draft"_s, draft);
    if (const QString written = categoryToWrite(category); !written.isEmpty())
        edit.setList(u"categories"_s, {written});
    return edit.text() + u'\n';
}

QString NewPost::applyChoices(const QString &text, const QString &title, const QString &category,
                              bool draft) const
{
    FrontMatterEdit edit(text);
    if (!edit.isValid())
        return text;
    edit.setString(u"title"_s, title);
    if (const QString written = categoryToWrite(category); !written.isEmpty())
        edit.setList(u"categories"_s, {written});
    if (draft)
        edit.setBool(u"draft"_s, true);
    else if (edit.hasKey(u"draft"_s))
        edit.setBool(u"draft"_s, false);
    return edit.text();
}

QString NewPost::runHugo(const QString &path, const QDateTime &now) const
{
    const QString program = QStandardPaths::findExecutable(m_options.hugoProgram);
    if (program.isEmpty())
        return {};
    QProcess hugo;
    hugo.setProgram(program);
    // `hugo new PATH` rather than `hugo new content PATH`: Debian 12's hugo (0.111) has no `content`
    // subcommand, and later versions take `hugo new PATH` as `hugo new content PATH`. --clock makes
    // {{ .Date }} the moment Postwright uses everywhere else.
    hugo.setArguments(
        {u"new"_s, QDir(m_blog.postsPath()).relativeFilePath(path), u"--clock"_s, YamlScalar::dateTime(now)});
    hugo.setWorkingDirectory(m_blog.rootPath());
    hugo.setProcessChannelMode(QProcess::MergedChannels);
    hugo.start(QIODevice::ReadOnly);
    if (!hugo.waitForStarted(m_options.hugoTimeoutMs)) {
        qCWarning(lcBlog) << "new post: hugo did not start:" << hugo.errorString();
        return {};
    }
    if (!hugo.waitForFinished(m_options.hugoTimeoutMs)) {
        hugo.kill();
        hugo.waitForFinished(1000);
        qCWarning(lcBlog) << "new post: hugo new took too long; filling in the archetype here instead";
        return {};
    }
    const QString output = QString::fromLocal8Bit(hugo.readAll()).trimmed();
    if (hugo.exitStatus() != QProcess::NormalExit || hugo.exitCode() != 0) {
        // A theme that is not checked out, a config hugo refuses: the post is still made here.
        qCWarning(lcBlog).noquote() << "new post: hugo new failed, filling in the archetype here instead:"
                                    << output;
        return {};
    }
    // hugo says where it put the file (a language folder or contentDir may place it elsewhere).
    static const QRegularExpression created(uR"re(Content "(.+)" created)re"_s);
    const QRegularExpressionMatch match = created.match(output);
    const QString file =
        match.hasMatch() ? QDir(m_blog.rootPath()).absoluteFilePath(match.captured(1)) : path;
    return QFileInfo(file).isFile() ? QFileInfo(file).absoluteFilePath() : QString();
}

} // namespace Postwright
