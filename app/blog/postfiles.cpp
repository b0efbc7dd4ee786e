#include "postfiles.h"

#include "blog/blog.h"
#include "blog/frontmatter.h"
#include "blog/frontmatteredit.h"
#include "blog/newpost.h"
#include "blog/post.h"
#include "blog/postdocument.h"
#include "blog/postlayout.h"
#include "blog/posttreemodel.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <filesystem>

namespace Postwright {

namespace {

constexpr qsizetype kMaxSlugLength = 80;
const QString kIndexFile = QStringLiteral("index.md");

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::PostFiles", text);
}

std::filesystem::path toFsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

bool isUncategorized(const QString &category)
{
    return category.isEmpty() || category == PostTreeModel::uncategorizedName();
}

bool isMark(char32_t codePoint)
{
    const QChar::Category category = QChar::category(codePoint);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

// Latin and Greek letters lose their accents: writers of those scripts expect ASCII-ish URLs.
// Letters that decomposition leaves alone get their usual transliteration.
QString foldLetter(char32_t codePoint)
{
    switch (codePoint) {
    case U'ß':
        return QStringLiteral("ss");
    case U'æ':
        return QStringLiteral("ae");
    case U'œ':
        return QStringLiteral("oe");
    case U'þ':
        return QStringLiteral("th");
    case U'ø':
        return QStringLiteral("o");
    case U'đ':
    case U'ð':
        return QStringLiteral("d");
    case U'ł':
        return QStringLiteral("l");
    case U'ı':
        return QStringLiteral("i");
    case U'ħ':
        return QStringLiteral("h");
    case U'ŧ':
        return QStringLiteral("t");
    default:
        break;
    }
    QString folded;
    for (const QChar c : QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            folded += c;
    }
    return folded;
}

// The item a post occupies on disk: its file, or its bundle's folder.
QString postItemPath(const QString &filePath)
{
    const QFileInfo info(filePath);
    return info.fileName() == kIndexFile ? info.absolutePath() : info.absoluteFilePath();
}

bool isOccupied(const QDir &dir, const QString &name)
{
    return QFileInfo::exists(dir.filePath(name)) || QFileInfo::exists(dir.filePath(name + u".md"));
}

// A post file as read for an edit: refused when rewriting it could change what the writer did
// not touch (bytes that are not UTF-8, front matter that does not parse).
struct EditablePost
{
    QByteArray bytes;
    PostDocument document;
    PostMetadata metadata;
};

Result<EditablePost> readEditable(const QString &filePath)
{
    Result<QByteArray> bytes = AtomicFile::read(filePath);
    if (!bytes)
        return bytes.error();
    EditablePost post;
    post.bytes = bytes.value();
    post.document = PostDocument::fromBytes(post.bytes, filePath);
    if (post.document.encodingError())
        return *post.document.encodingError();
    const FrontMatterEdit edit(post.document.text());
    if (!edit.isValid()) {
        SourceError error =
            edit.error().value_or(SourceError{{}, 0, 0, tr("The front matter cannot be edited.")});
        if (error.file.isEmpty())
            error.file = filePath;
        return error;
    }
    Result<ParsedFrontMatter> parsed = FrontMatter::parse(post.document.text(), filePath);
    if (!parsed)
        return parsed.error();
    post.metadata = parsed.value().metadata;
    return post;
}

Result<void> writeText(const QString &filePath, const PostDocument &document, const QString &text)
{
    return AtomicFile::write(filePath, document.toBytes(text));
}

Result<void> copyFolder(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::copy(toFsPath(from), toFsPath(to), std::filesystem::copy_options::recursive, error);
    if (error) {
        return SourceError{
            from, 0, 0,
            tr("The folder could not be copied: %1").arg(QString::fromStdString(error.message()))};
    }
    return {};
}

// A folder moves with rename() when it can; across file systems (a trash on another disk) it is
// copied, and the original removed only once the copy is complete.
Result<void> moveItem(const QString &from, const QString &to)
{
    if (QFileInfo(from).isDir()) {
        if (QDir().rename(from, to))
            return {};
        if (Result<void> copied = copyFolder(from, to); !copied) {
            std::error_code ignored;
            std::filesystem::remove_all(toFsPath(to), ignored);
            return copied;
        }
        QDir(from).removeRecursively();
        return {};
    }
    QFile file(from);
    if (!file.rename(to))
        return SourceError{from, 0, 0, tr("The file could not be moved: %1").arg(file.errorString())};
    return {};
}

// A folder below a Jekyll site's _posts/ (_posts/2024/…): Jekyll reads posts at any depth there.
bool isBelowJekyllPosts(const QString &folder)
{
    return QDir::fromNativeSeparators(folder).contains(u"/_posts/");
}

bool madeFromSlug(const QString &name, const QString &slug)
{
    if (name == slug)
        return true;
    // createPost() and duplicatePost() add "-2", "-3"... when the plain name is taken.
    if (!name.startsWith(slug + u'-'))
        return false;
    bool isNumber = false;
    name.mid(slug.size() + 1).toInt(&isNumber);
    return isNumber;
}

struct RenamePlan
{
    EditablePost post;
    QString newText;
    QString fromItem; // file or bundle folder
    QString toItem;
    QString newFilePath;
};

Result<RenamePlan> planRename(const QString &filePath, const QString &newTitle)
{
    if (newTitle.trimmed().isEmpty())
        return SourceError{filePath, 0, 0, tr("A post needs a title.")};
    Result<EditablePost> read = readEditable(filePath);
    if (!read)
        return read.error();
    RenamePlan plan;
    plan.post = std::move(read).value();
    const PostMetadata &metadata = plan.post.metadata;

    const QFileInfo info(filePath);
    const bool bundle = info.fileName() == kIndexFile;
    plan.fromItem = postItemPath(filePath);
    const QFileInfo item(plan.fromItem);
    const QString name = bundle ? item.fileName() : info.completeBaseName();
    const QString prefix = PostLayout::datePrefix(name);
    const QString newSlug = PostFiles::slugify(newTitle);

    // A name made from the old title follows the title; a post without a title takes its shown
    // title from its name, so that name follows too. Anything else was chosen by hand.
    const QString oldSlug = metadata.title.isEmpty() ? QString() : PostFiles::slugify(metadata.title);
    const auto followsTitle = [&](const QString &value) {
        return !oldSlug.isEmpty() && madeFromSlug(value, oldSlug);
    };
    const bool nameFollows =
        followsTitle(name.mid(prefix.size())) || (metadata.title.isEmpty() && metadata.slug.isEmpty());

    FrontMatterEdit edit(plan.post.document.text());
    edit.setString(QStringLiteral("title"), newTitle.trimmed());
    if (!metadata.slug.isEmpty() && followsTitle(metadata.slug))
        edit.setString(QStringLiteral("slug"), newSlug);
    plan.newText = edit.text();

    const QString newName = nameFollows ? prefix + newSlug : name;
    const QDir dir = item.dir();
    plan.toItem = bundle ? dir.filePath(newName) : dir.filePath(newName + u'.' + info.suffix());
    plan.newFilePath = bundle ? QDir(plan.toItem).filePath(kIndexFile) : plan.toItem;
    // Only the letter case changes: on a case-insensitive disk that is the same file, not another post.
    const bool samePost = plan.toItem.compare(plan.fromItem, Qt::CaseInsensitive) == 0;
    if (!samePost && isOccupied(dir, newName)) {
        return SourceError{
            dir.filePath(newName), 0, 0,
            tr("Another post is already called “%1”. Choose another title, or rename that post first.")
                .arg(newName)};
    }
    return plan;
}

} // namespace

bool TrashedPost::isBundle() const
{
    return QFileInfo(originalPath).fileName() == kIndexFile;
}

QString TrashedPost::originalItemPath() const
{
    return postItemPath(originalPath);
}

QString PostFiles::slugify(const QString &title)
{
    // NFKC first folds compatibility forms in every script (ﬁ, ², full-width letters).
    const QString text = title.normalized(QString::NormalizationForm_KC).toLower();
    QString slug;
    bool pendingDash = false;
    bool foldingMarks = false; // the last letter was Latin or Greek: accents after it go
    for (qsizetype i = 0; i < text.size();) {
        char32_t codePoint = text.at(i).unicode();
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        const QStringView character = QStringView(text).mid(i, length);
        i += length;
        if (codePoint == U'\'' || codePoint == U'’')
            continue; // "don't" -> "dont", not "don-t"
        if (isMark(codePoint)) {
            // Vowel signs and the like are part of their letter in Devanagari, Thai, Hangul...
            if (!foldingMarks && !pendingDash && !slug.isEmpty())
                slug += character;
            continue;
        }
        if (!QChar::isLetterOrNumber(codePoint)) {
            pendingDash = true;
            foldingMarks = false;
            continue;
        }
        const QChar::Script script = QChar::script(codePoint);
        foldingMarks = script == QChar::Script_Latin || script == QChar::Script_Greek;
        if (pendingDash && !slug.isEmpty())
            slug += u'-';
        pendingDash = false;
        if (foldingMarks)
            slug += foldLetter(codePoint);
        else
            slug += character;
    }
    if (slug.size() > kMaxSlugLength) {
        // Cut at a word boundary when one is near, and never inside a surrogate pair.
        const qsizetype dash = slug.lastIndexOf(u'-', kMaxSlugLength);
        slug.truncate(dash > kMaxSlugLength / 2 ? dash : kMaxSlugLength);
        if (slug.back().isHighSurrogate())
            slug.chop(1);
        while (slug.endsWith(u'-'))
            slug.chop(1);
    }
    return slug.isEmpty() ? QStringLiteral("untitled") : slug;
}

QString PostFiles::newPostPath(const Blog &blog, const QString &title, const QString &category,
                               const QDateTime &now, bool draft)
{
    return NewPost(blog).path(title, category, draft, now.date());
}

Result<QString> PostFiles::createPost(const Blog &blog, const QString &title, const QString &category,
                                      const QDateTime &now, bool draft)
{
    return NewPost(blog).create(title, category, draft, now);
}

Result<QString> PostFiles::writeNewPost(const QString &path, const QByteArray &content)
{
    const QFileInfo info(path);
    const bool bundle = info.fileName() == kIndexFile;
    const QString folder = bundle ? QFileInfo(info.absolutePath()).absolutePath() : info.absolutePath();
    if (!QDir().mkpath(folder))
        return SourceError{folder, 0, 0, tr("The folder could not be created.")};
    if (bundle) {
        // mkdir() fails when the folder exists: it reserves the bundle's name.
        if (!QDir().mkdir(info.absolutePath()))
            return SourceError{info.absolutePath(), 0, 0, tr("The post's folder could not be created.")};
        if (Result<void> written = AtomicFile::writeNew(path, content); !written) {
            QDir().rmdir(info.absolutePath());
            return written.error();
        }
        return path;
    }
    if (Result<void> written = AtomicFile::writeNew(path, content); !written)
        return written.error();
    return path;
}

bool PostFiles::isJekyllDraft(const Blog &blog, const QString &filePath)
{
    return blog.kind() == SiteKind::Jekyll && !blog.draftsPath().isEmpty() &&
           QFileInfo(filePath).absoluteFilePath().startsWith(QDir(blog.draftsPath()).absolutePath() + u'/');
}

Result<QString> PostFiles::publishJekyllDraft(const Blog &blog, const QString &filePath, const QDate &today)
{
    if (!isJekyllDraft(blog, filePath))
        return SourceError{filePath, 0, 0, tr("Only a Jekyll draft in _drafts/ is published by moving it.")};
    Result<EditablePost> read = readEditable(filePath);
    if (!read)
        return read.error();
    const Post draft = Post::fromText(read.value().document.text(), filePath, blog.rootPath());
    // Jekyll dates a post by its file name; the front matter's date, when there is one, wins in
    // Jekyll too, so the name follows it.
    const QDate date = draft.metadata.date.isValid() ? draft.metadata.date.date() : today;
    const QString name = QFileInfo(filePath).completeBaseName();
    const QString slug = name.mid(PostLayout::datePrefix(name).size());
    const QString target = PostLayout::detect(blog).newPostPath(slug, draft.category(), date);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return SourceError{target, 0, 0, tr("The folder could not be created.")};
    // One rename: the post is in _drafts/ or in _posts/, never in both or neither.
    QFile file(filePath);
    if (!file.rename(target))
        return SourceError{filePath, 0, 0, tr("The draft could not be moved: %1").arg(file.errorString())};
    return target;
}

Result<QString> PostFiles::renamedPath(const QString &filePath, const QString &newTitle)
{
    Result<RenamePlan> plan = planRename(filePath, newTitle);
    if (!plan)
        return plan.error();
    return plan.value().newFilePath;
}

Result<QString> PostFiles::renamePost(const QString &filePath, const QString &newTitle,
                                      const QString &blogRoot)
{
    Result<RenamePlan> planned = planRename(filePath, newTitle);
    if (!planned) {
        SourceError error = planned.error();
        if (!blogRoot.isEmpty() && QFileInfo(error.file).isAbsolute())
            error.file = QDir(blogRoot).relativeFilePath(error.file);
        return error;
    }
    const RenamePlan &plan = planned.value();
    if (plan.newText != plan.post.document.text()) {
        if (Result<void> written = writeText(filePath, plan.post.document, plan.newText); !written)
            return written.error();
    }
    if (plan.toItem == plan.fromItem)
        return plan.newFilePath;
    if (Result<void> moved = moveItem(plan.fromItem, plan.toItem); !moved) {
        // The title alone must not change when the name could not follow: put the old text back.
        AtomicFile::write(filePath, plan.post.bytes);
        return moved.error();
    }
    return plan.newFilePath;
}

Result<void> PostFiles::setCategory(const QString &filePath, const QString &category)
{
    Result<EditablePost> read = readEditable(filePath);
    if (!read)
        return read.error();
    const EditablePost &post = read.value();
    FrontMatterEdit edit(post.document.text());
    if (isUncategorized(category)) {
        if (!edit.hasKey(QStringLiteral("categories")))
            return {};
        edit.remove(QStringLiteral("categories"));
    } else {
        QStringList categories = post.metadata.categories;
        const QString name = category.trimmed();
        if (categories.isEmpty())
            categories.append(name);
        else
            categories.first() = name;
        // Listed again further down: once is enough.
        for (qsizetype i = categories.size() - 1; i > 0; --i) {
            if (categories.at(i) == name)
                categories.removeAt(i);
        }
        if (categories == post.metadata.categories)
            return {};
        edit.setList(QStringLiteral("categories"), categories);
    }
    return writeText(filePath, post.document, edit.text());
}

Result<QString> PostFiles::duplicatePost(const QString &filePath)
{
    Result<EditablePost> read = readEditable(filePath);
    if (!read)
        return read.error();
    const EditablePost &post = read.value();
    const Post original = Post::fromText(post.document.text(), filePath, {});
    const QString title = tr("%1 (copy)").arg(original.displayTitle());

    const QFileInfo info(filePath);
    const bool bundle = original.isBundle;
    const QFileInfo item(postItemPath(filePath));
    const QDir dir = item.dir();
    // The copy keeps the original's date prefix: it sorts beside it, and the writer renames it.
    const QString prefix = PostLayout::datePrefix(bundle ? item.fileName() : info.completeBaseName());
    const QString slug = slugify(title);
    QString name;
    QString slugWithSuffix;
    for (int n = 1;; ++n) {
        slugWithSuffix = n == 1 ? slug : QStringLiteral("%1-%2").arg(slug).arg(n);
        name = prefix + slugWithSuffix;
        if (!isOccupied(dir, name))
            break;
    }

    FrontMatterEdit edit(post.document.text());
    edit.setString(QStringLiteral("title"), title);
    // Jekyll ignores `draft`: a copy in _posts/ is held back by `published: false` (in _drafts/
    // it is a draft already).
    const QString folder = info.absoluteDir().dirName();
    if (folder == u"_posts" || isBelowJekyllPosts(info.absolutePath()))
        edit.setBool(QStringLiteral("published"), false);
    else if (folder != u"_drafts")
        edit.setBool(QStringLiteral("draft"), true);
    // Two posts must not claim one URL: the copy gets its own slug and no redirects.
    if (!post.metadata.slug.isEmpty())
        edit.setString(QStringLiteral("slug"), slugWithSuffix);
    if (edit.hasKey(QStringLiteral("aliases")))
        edit.remove(QStringLiteral("aliases"));
    const QByteArray content = post.document.toBytes(edit.text());

    if (!bundle) {
        const QString path = dir.filePath(name + u'.' + info.suffix());
        if (Result<void> written = AtomicFile::writeNew(path, content); !written)
            return written.error();
        return path;
    }
    // The bundle is assembled under a hidden name (the blog ignores dot folders) and appears
    // whole, with one rename, or not at all.
    const QString target = dir.filePath(name);
    const QString staging = dir.filePath(QStringLiteral(".%1.copying").arg(name));
    QDir(staging).removeRecursively();
    Result<void> done = copyFolder(item.absoluteFilePath(), staging);
    if (done)
        done = AtomicFile::write(QDir(staging).filePath(kIndexFile), content);
    if (done && !QDir().rename(staging, target))
        done = SourceError{target, 0, 0, tr("The copy could not be put in place.")};
    if (!done) {
        QDir(staging).removeRecursively();
        return done.error();
    }
    return QDir(target).filePath(kIndexFile);
}

Result<TrashedPost> PostFiles::moveToTrash(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists())
        return SourceError{filePath, 0, 0, tr("The post no longer exists.")};
    TrashedPost trashed;
    trashed.originalPath = info.absoluteFilePath();
    trashed.title = Post::load(trashed.originalPath, {}).displayTitle();

    // Qt (6.4) puts the trash in the working folder when the data folder (~/.local/share) is
    // missing, where nobody would find it and undo could not restore from it.
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    QString pathInTrash;
    if (!QFile::moveToTrash(trashed.originalItemPath(), &pathInTrash) || pathInTrash.isEmpty()) {
        return SourceError{filePath, 0, 0,
                           tr("The post could not be moved to the trash. Nothing was deleted.")};
    }
    trashed.trashedPath = QFileInfo(pathInTrash).absoluteFilePath();
    return trashed;
}

Result<void> PostFiles::restoreFromTrash(const TrashedPost &post)
{
    const QString target = post.originalItemPath();
    if (QFileInfo::exists(target)) {
        return SourceError{target, 0, 0,
                           tr("Something else is at the post's place now, so the post stays in the trash.")};
    }
    if (!QFileInfo::exists(post.trashedPath))
        return SourceError{post.trashedPath, 0, 0, tr("The post is no longer in the trash.")};
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (Result<void> moved = moveItem(post.trashedPath, target); !moved)
        return moved;

    // The trash keeps a note per item (Trash/info/NAME.trashinfo); without the item it is litter.
    const QFileInfo trashed(post.trashedPath);
    if (trashed.dir().dirName() == u"files") {
        QDir trash = trashed.dir();
        trash.cdUp();
        QFile::remove(trash.filePath(QStringLiteral("info/%1.trashinfo").arg(trashed.fileName())));
    }
    return {};
}

} // namespace Postwright
