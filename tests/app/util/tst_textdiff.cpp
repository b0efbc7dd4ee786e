#include "util/textdiff.h"

#include <QTest>

using namespace Postwright;
using Kind = TextDiff::Line::Kind;

// Each line of a comparison as one character (' ' same, '-' removed, '+' added, '~' gap) and its text.
static QString render(const QList<TextDiff::Line> &lines)
{
    QStringList out;
    for (const TextDiff::Line &line : lines) {
        if (line.kind == Kind::Same && line.oldLine == 0 && line.newLine == 0)
            out.append(QStringLiteral("~"));
        else
            out.append(QLatin1Char(line.kind == Kind::Same ? ' ' : line.kind == Kind::Removed ? '-' : '+') + line.text);
    }
    return out.join(u'|');
}

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("expected");

        QTest::newRow("equal") << "a\nb" << "a\nb" << -1 << " a| b";
        QTest::newRow("added line") << "a\nc" << "a\nb\nc" << -1 << " a|+b| c";
        QTest::newRow("removed line") << "a\nb\nc" << "a\nc" << -1 << " a|-b| c";
        QTest::newRow("changed line") << "a\nb\nc" << "a\nB\nc" << -1 << " a|-b|+B| c";
        QTest::newRow("removed before added") << "x\nold one\nold two\ny" << "x\nnew one\nnew two\ny" << -1
                                              << " x|-old one|-old two|+new one|+new two| y";
        QTest::newRow("added at the start") << "b" << "a\nb" << -1 << "+a| b";
        QTest::newRow("from empty") << "" << "x" << -1 << "-|+x";
        QTest::newRow("unicode") << "café" << "cafe" << -1 << "-café|+cafe";
        QTest::newRow("context cuts the middle")
            << "1\n2\n3\n4\n5\n6\n7\n8\n9" << "1\nX\n3\n4\n5\n6\n7\nY\n9" << 1 << " 1|-2|+X| 3|~| 7|-8|+Y| 9";
        QTest::newRow("context marks cut ends") << "1\n2\n3\n4\n5" << "1\n2\nX\n4\n5" << 0 << "~|-3|+X|~";
        QTest::newRow("no change, context") << "a\nb" << "a\nb" << 2 << "";
    }

    void compare()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(int, context);
        QFETCH(QString, expected);
        QCOMPARE(render(TextDiff::compare(oldText, newText, context)), expected);
    }

    void lineNumbers()
    {
        const QList<TextDiff::Line> lines = TextDiff::compare(QStringLiteral("a\nb\nc"), QStringLiteral("a\nX\nb\nc"));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[1].kind, Kind::Added);
        QCOMPARE(lines[1].newLine, 2);
        QCOMPARE(lines[1].oldLine, 0);
        QCOMPARE(lines[2].oldLine, 2);
        QCOMPARE(lines[2].newLine, 3);
        QCOMPARE(TextDiff::changedLineCount(lines), 1);
    }

    void longTexts()
    {
        // 20,000 lines with one change in the middle: found exactly, quickly.
        QStringList oldLines;
        for (int i = 0; i < 20000; ++i)
            oldLines.append(QStringLiteral("line %1").arg(i));
        QStringList newLines = oldLines;
        newLines[10000] = QStringLiteral("changed");
        const QList<TextDiff::Line> lines = TextDiff::compare(oldLines.join(u'\n'), newLines.join(u'\n'), 1);
        QCOMPARE(render(lines), QStringLiteral("~| line 9999|-line 10000|+changed| line 10001|~"));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
