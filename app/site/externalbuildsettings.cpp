#include "externalbuildsettings.h"

#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

qsizetype indentOf(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    return i;
}

bool isComment(const QString &line)
{
    return line.trimmed().startsWith(u'#');
}

// A command as a YAML scalar: plain when that reads back the same, else double-quoted.
QString yamlScalar(const QString &value)
{
    static const QRegularExpression plain(
        u"^[A-Za-z0-9_./][A-Za-z0-9_./~=+,@%-]*( [A-Za-z0-9_./~=+,@%-]+)*$"_s);
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\t', u"\\t"_s);
    return u'"' + quoted + u'"';
}

// The comment after a key's value on its line ("  # why"), so that setting the value keeps it.
QString trailingComment(const QString &line)
{
    const qsizetype colon = line.indexOf(u':');
    QString rest = line.mid(colon + 1);
    const QString value = rest.trimmed();
    qsizetype after = -1;
    if (value.startsWith(u'"') || value.startsWith(u'\'')) {
        const QChar quote = value.front();
        for (qsizetype i = 1; i < value.size(); ++i) {
            if (quote == u'"' && value.at(i) == u'\\') {
                ++i;
            } else if (value.at(i) == quote) {
                if (quote == u'\'' && i + 1 < value.size() && value.at(i + 1) == u'\'') {
                    ++i;
                    continue;
                }
                after = i + 1;
                break;
            }
        }
        if (after < 0)
            return {};
        rest = value.mid(after);
    } else {
        qsizetype hash = value.indexOf(" #"_L1);
        if (hash < 0)
            return {};
        while (hash > 0 && value.at(hash - 1).isSpace())
            --hash; // the comment keeps the space before it
        rest = value.mid(hash);
    }
    static const QRegularExpression comment(u"^\\s+#.*$"_s);
    return comment.match(rest).hasMatch() ? rest : QString();
}

// Where the top-level build: block is.
struct BuildBlock
{
    qsizetype header = -1; // the "build:" line
    qsizetype end = -1;    // one past its last non-blank line
    QString childIndent;   // of its keys
};

BuildBlock findBuildBlock(const QStringList &lines)
{
    static const QRegularExpression header(u"^build\\s*:"_s);
    BuildBlock block;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (header.match(lines.at(i)).hasMatch()) {
            block.header = i;
            break;
        }
    }
    if (block.header < 0)
        return block;
    // The block is every line after the header up to the next line that starts at the margin (a
    // top-level key, or a comment there, which belongs to what follows).
    block.end = block.header + 1;
    for (qsizetype i = block.header + 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isBlank(line))
            continue;
        if (indentOf(line) == 0)
            break;
        block.end = i + 1;
        if (block.childIndent.isEmpty() && !isComment(line))
            block.childIndent = line.left(indentOf(line));
    }
    if (block.childIndent.isEmpty())
        block.childIndent = u"  "_s;
    return block;
}

// The line of a child key in the block, -1 when absent.
qsizetype findChild(const QStringList &lines, const BuildBlock &block, const QString &key)
{
    const QRegularExpression child(u"^"_s + QRegularExpression::escape(block.childIndent) +
                                   QRegularExpression::escape(key) + u"\\s*:"_s);
    for (qsizetype i = block.header + 1; i < block.end; ++i) {
        if (child.match(lines.at(i)).hasMatch())
            return i;
    }
    return -1;
}

// One past the last line of the value that starts on line `at` (a block scalar or a folded
// plain scalar goes on over more indented lines).
qsizetype valueEnd(const QStringList &lines, const BuildBlock &block, qsizetype at)
{
    qsizetype end = at + 1;
    for (qsizetype i = at + 1; i < block.end; ++i) {
        if (isBlank(lines.at(i)))
            continue;
        if (indentOf(lines.at(i)) <= block.childIndent.size())
            break;
        end = i + 1;
    }
    return end;
}

// Sets (or with an empty value, removes) one child of the block.
void setChild(QStringList &lines, BuildBlock &block, const QString &key, const QString &value)
{
    const qsizetype at = findChild(lines, block, key);
    if (at >= 0) {
        const qsizetype end = valueEnd(lines, block, at);
        const QString comment = value.isEmpty() ? QString() : trailingComment(lines.at(at));
        lines.remove(at, end - at);
        qsizetype added = 0;
        if (!value.isEmpty()) {
            lines.insert(at, block.childIndent + key + u": "_s + value + comment);
            added = 1;
        }
        block.end += added - (end - at);
        return;
    }
    if (value.isEmpty())
        return;
    lines.insert(block.end, block.childIndent + key + u": "_s + value);
    ++block.end;
}

} // namespace

QString ExternalBuildSettings::generatorName(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Hugo:
        return u"hugo"_s;
    case SiteKind::Jekyll:
        return u"jekyll"_s;
    case SiteKind::Native:
    case SiteKind::Unknown:
        break;
    }
    return {};
}

QString ExternalBuildSettings::installHint(SiteKind kind)
{
    const QString name = generatorName(kind);
    return name.isEmpty() ? QString() : tr("Install it with \u201csudo apt install %1\u201d.").arg(name);
}

QString ExternalBuildSettings::findProgram(const QString &command, const QString &siteRoot)
{
    const QString program = QProcess::splitCommand(command).value(0);
    if (program.isEmpty())
        return {};
    // As ExternalBuild runs it: a path from the site's folder, a name from PATH.
    if (program.contains(u'/')) {
        const QFileInfo file(QDir(siteRoot).absoluteFilePath(program));
        return file.isFile() && file.isExecutable() ? file.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(program);
}

ExternalBuildSettings::Choice ExternalBuildSettings::choose(const QString &siteRoot)
{
    return choose(SiteLayout::detect(siteRoot));
}

ExternalBuildSettings::Choice ExternalBuildSettings::choose(const SiteLayout &layout)
{
    Choice choice;
    choice.layout = layout;
    choice.hasGenerator = layout.kind == SiteKind::Hugo || layout.kind == SiteKind::Jekyll;
    choice.settingsPath = SiteToolSettings::filePath(layout);
    if (!choice.hasGenerator)
        return choice; // a native blog's blog.yaml is read (and its errors told) by Blog::open
    const Result<SiteToolSettings> settings = SiteToolSettings::load(layout);
    if (settings)
        choice.settings = settings.value();
    else
        choice.error = settings.error();

    const auto generator = layout.kind == SiteKind::Hugo ? ExternalBuildOptions::Generator::Hugo
                                                         : ExternalBuildOptions::Generator::Jekyll;
    choice.options.generator = generator;
    choice.options.siteRoot = layout.root;
    choice.options.command = choice.settings.buildCommand;
    const bool isDefault = choice.settings.buildCommand.isEmpty();
    choice.command = isDefault ? ExternalBuild::defaultCommand(generator) : choice.settings.buildCommand;
    choice.program = QProcess::splitCommand(choice.command).value(0);
    choice.programPath = findProgram(choice.command, layout.root);

    const QString name = generatorName(layout.kind);
    if (choice.error) {
        // Which builder the file meant is unknown: callers report the error and build nothing.
    } else if (!choice.settings.useGenerator) {
        choice.builtInReason = tr("%1 sets \u201cgenerator: false\u201d under “build:\u201d.")
                                   .arg(QFileInfo(choice.settingsPath).fileName());
    } else if (isDefault && choice.programPath.isEmpty()) {
        choice.builtInReason = tr("%1 is not installed. %2").arg(name, installHint(layout.kind));
    } else {
        // A command the writer set runs even when its program is missing: ExternalBuild says so,
        // which is better than a site quietly built another way than asked.
        choice.useGenerator = true;
    }
    return choice;
}

Result<QString> ExternalBuildSettings::withBuildSettings(const QString &yaml, const QString &command,
                                                         bool useGenerator, const QString &fileName)
{
    if (const Result<SiteToolSettings> before = SiteToolSettings::parse(yaml, fileName); !before)
        return before.error();
    const QString newline = yaml.contains(u"\r\n"_s) ? u"\r\n"_s : u"\n"_s;
    QStringList lines = yaml.split(newline);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the file's final newline, put back below

    BuildBlock block = findBuildBlock(lines);
    if (block.header >= 0) {
        static const QRegularExpression emptyHeader(u"^build\\s*:\\s*(#.*)?$"_s);
        if (!emptyHeader.match(lines.at(block.header)).hasMatch()) {
            return SourceError{fileName, int(block.header) + 1, 1,
                               tr("“build:\u201d is written on one line; write its settings on lines of "
                                  "their own below it, or change them by hand.")};
        }
    }
    const QString commandValue = command.trimmed().isEmpty() ? QString() : yamlScalar(command.trimmed());
    const bool generatorLine = block.header >= 0 && findChild(lines, block, u"generator"_s) >= 0;
    const QString generatorValue = !useGenerator ? u"false"_s : generatorLine ? u"true"_s : QString();

    if (block.header < 0) {
        if (!commandValue.isEmpty() || !generatorValue.isEmpty()) {
            if (!lines.isEmpty() && !isBlank(lines.last()))
                lines.append(QString());
            lines.append(u"build:"_s);
            if (!commandValue.isEmpty())
                lines.append(u"  command: "_s + commandValue);
            if (!generatorValue.isEmpty())
                lines.append(u"  generator: "_s + generatorValue);
        }
    } else {
        const auto hasSettings = [&lines, &block] {
            for (qsizetype i = block.header + 1; i < block.end; ++i) {
                if (!isBlank(lines.at(i)) && !isComment(lines.at(i)))
                    return true;
            }
            return false;
        };
        const bool hadSettings = hasSettings();
        setChild(lines, block, u"command"_s, commandValue);
        setChild(lines, block, u"generator"_s, generatorValue);
        // A block this edit emptied goes, header and comments with it.
        if (hadSettings && !hasSettings())
            lines.remove(block.header, block.end - block.header);
    }

    QString result = lines.join(newline);
    if (!lines.isEmpty())
        result += newline;
    // The edit is by lines: prove it says what was asked and nothing else became unreadable.
    const Result<SiteToolSettings> after = SiteToolSettings::parse(result, fileName);
    if (!after || after.value().buildCommand != command.trimmed() ||
        after.value().useGenerator != useGenerator) {
        return SourceError{fileName, 0, 0,
                           tr("The build settings could not be written into this file without changing "
                              "its other settings; change them by hand.")};
    }
    return result;
}

Result<void> ExternalBuildSettings::save(const QString &path, const QString &command, bool useGenerator)
{
    QString text;
    const bool exists = QFileInfo::exists(path);
    if (exists) {
        const Result<QByteArray> bytes = AtomicFile::read(path);
        if (!bytes)
            return bytes.error();
        text = QString::fromUtf8(bytes.value());
    } else {
        text = tr("# Postwright's settings for this site: how it is built and previewed, and where it is\n"
                  "# published. Hugo and Jekyll do not read this file.\n");
    }
    const Result<QString> edited = withBuildSettings(text, command, useGenerator, path);
    if (!edited)
        return edited.error();
    if (exists && edited.value() == text)
        return {};
    return AtomicFile::write(path, edited.value().toUtf8());
}

} // namespace Postwright
