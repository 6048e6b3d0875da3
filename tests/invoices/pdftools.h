#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Reads a PDF back with poppler-utils (pdftotext, pdfinfo, pdffonts), as a person's PDF reader would.
namespace PdfTools {

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text with every kind of space (pdftotext turns U+202F and U+00A0 into spaces, or not) made one
// plain space, so "1 234,50 $" compares whatever the PDF holds.
inline QString text(const QString &path)
{
    QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    // The text layout may set "fi", "fl"… as typographic ligatures; pdftotext gives them back as one
    // character (U+FB00–U+FB04), which a reader sees as the letters.
    text.replace(QChar(0xFB00), QStringLiteral("ff")).replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl")).replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB04), QStringLiteral("ffl"));
    return text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
}

inline QString normalised(QString text)
{
    text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    return text;
}

inline QString info(const QString &path)
{
    return run(QStringLiteral("pdfinfo"), {path});
}

inline QString infoField(const QString &path, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(field)), QRegularExpression::MultilineOption);
    return line.match(info(path)).captured(1).trimmed();
}

// One entry per font: its name and whether it is embedded.
inline QList<QPair<QString, bool>> fonts(const QString &path)
{
    QList<QPair<QString, bool>> result;
    const QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        if (columns.size() < 6)
            continue;
        // name type [encoding] emb sub uni object ID: emb is the 5th column from the end.
        result << qMakePair(columns.first(), columns.at(columns.size() - 5) == QLatin1String("yes"));
    }
    return result;
}

} // namespace PdfTools
