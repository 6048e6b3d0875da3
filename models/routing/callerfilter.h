#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A number's block list or allow list (PRODUCT.md rule 9): decides whether a caller gets through to the
// routing rules. Entries are an exact E.164 number ("+15145550123"), a prefix wildcard ("+1514*") or
// "anonymous" (no caller ID). When several entries match, an exact number beats a wildcard, and a
// wildcard beats list order; among entries of one kind the first in the list decides.
class CallerFilter final
{
    Q_DECLARE_TR_FUNCTIONS(CallerFilter)

public:
    enum class Mode { Off, Block, Allow };
    enum class PatternKind { Exact, Wildcard, Anonymous };

    struct Entry
    {
        QString pattern; // normalised: see normalizePattern()
        QString note;
        bool operator==(const Entry &other) const = default;
    };

    // What the filter did with one caller.
    struct Verdict
    {
        bool blocked = false;
        int entryIndex = -1; // the entry that matched (and so decided), -1 when none matched
    };

    CallerFilter() = default;
    CallerFilter(Mode mode, QList<Entry> entries);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    const QList<Entry> &entries() const { return m_entries; }
    void setEntries(QList<Entry> entries) { m_entries = std::move(entries); }

    // Block mode: a matched caller is blocked. Allow mode: only matched callers get through.
    // Off: everyone gets through. An empty caller counts as "anonymous".
    Verdict check(const QString &caller) const;
    // The index of the entry that matches the caller under the priority above, or -1.
    int matchingEntry(const QString &caller) const;

    // "+1 514-555-0123" → "+15145550123", "ANONYMOUS" → "anonymous", "+1514*" stays. Refuses what is
    // none of the three forms, with a message that quotes the pattern.
    static Result<QString> normalizePattern(const QString &text);
    static PatternKind patternKind(const QString &normalizedPattern);
    // True when the normalised pattern matches the caller (E.164 or "anonymous").
    static bool patternMatches(const QString &normalizedPattern, const QString &caller);

    static QString modeName(Mode mode); // "off", "block", "allow"
    static bool parseMode(const QString &name, Mode *mode);

    bool operator==(const CallerFilter &other) const = default;

private:
    Mode m_mode = Mode::Off;
    QList<Entry> m_entries;
};
