#include "callerfilter.h"

#include <QRegularExpression>

namespace {

const QString kAnonymous = QStringLiteral("anonymous");

QString normalizedCaller(const QString &caller)
{
    const QString trimmed = caller.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(kAnonymous, Qt::CaseInsensitive) == 0)
        return kAnonymous;
    return trimmed;
}

} // namespace

CallerFilter::CallerFilter(Mode mode, QList<Entry> entries) : m_mode(mode), m_entries(std::move(entries)) {}

int CallerFilter::matchingEntry(const QString &caller) const
{
    const QString who = normalizedCaller(caller);
    int firstWildcard = -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &pattern = m_entries.at(i).pattern;
        if (!patternMatches(pattern, who))
            continue;
        if (patternKind(pattern) != PatternKind::Wildcard)
            return i; // an exact number (or "anonymous") wins over any wildcard
        if (firstWildcard < 0)
            firstWildcard = i;
    }
    return firstWildcard;
}

CallerFilter::Verdict CallerFilter::check(const QString &caller) const
{
    Verdict verdict;
    if (m_mode == Mode::Off)
        return verdict;
    verdict.entryIndex = matchingEntry(caller);
    const bool matched = verdict.entryIndex >= 0;
    verdict.blocked = m_mode == Mode::Block ? matched : !matched;
    return verdict;
}

Result<QString> CallerFilter::normalizePattern(const QString &text)
{
    QString pattern = text.trimmed();
    if (pattern.compare(kAnonymous, Qt::CaseInsensitive) == 0)
        return kAnonymous;
    // People write numbers with spaces, dashes, dots and brackets: keep only what matters.
    static const QRegularExpression separators(QStringLiteral("[\\s\\-.()]"));
    pattern.remove(separators);
    static const QRegularExpression exact(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    static const QRegularExpression wildcard(QStringLiteral("^\\+[0-9]{0,14}\\*$"));
    if (exact.match(pattern).hasMatch() || wildcard.match(pattern).hasMatch())
        return pattern;
    return invalidInput(tr("“%1” is not a caller pattern: use a number in international form (+15145550123), "
                           "a prefix ending in * (+1514*) or “anonymous”")
                            .arg(text.trimmed()));
}

CallerFilter::PatternKind CallerFilter::patternKind(const QString &normalizedPattern)
{
    if (normalizedPattern == kAnonymous)
        return PatternKind::Anonymous;
    return normalizedPattern.endsWith(QLatin1Char('*')) ? PatternKind::Wildcard : PatternKind::Exact;
}

bool CallerFilter::patternMatches(const QString &normalizedPattern, const QString &caller)
{
    const QString who = normalizedCaller(caller);
    switch (patternKind(normalizedPattern)) {
    case PatternKind::Anonymous:
        return who == kAnonymous;
    case PatternKind::Exact:
        return who == normalizedPattern;
    case PatternKind::Wildcard:
        // "anonymous" never matches a prefix: it has no digits to compare.
        return who != kAnonymous && who.startsWith(QStringView(normalizedPattern).chopped(1));
    }
    return false;
}

QString CallerFilter::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Off: return QStringLiteral("off");
    case Mode::Block: return QStringLiteral("block");
    case Mode::Allow: return QStringLiteral("allow");
    }
    return QStringLiteral("off");
}

bool CallerFilter::parseMode(const QString &name, Mode *mode)
{
    for (Mode candidate : {Mode::Off, Mode::Block, Mode::Allow}) {
        if (name == modeName(candidate)) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}
