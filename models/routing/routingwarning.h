#pragma once

#include <QString>

// One finding of RoutingLinter: what kind, which rule it concerns (to show it next to that rule) and a
// translated sentence that says what would happen.
struct RoutingWarning final
{
    enum class Kind {
        Overlap,            // two rules of one kind cover the same time: the earlier one wins
        Gap,                // voicemail off and no rule covers a time: calls would be rejected
        Shadowed,           // every time the rule covers is taken by earlier rules: it never fires
        EmptyRule,          // no day, or a date range with no day in it: it never fires
        PastDates,          // a date-bounded rule whose dates are over
        DstGap,             // a start or end that the spring-forward change skips in the next 12 months
        DstRepeat,          // a start or end that the fall-back change repeats in the next 12 months
        SelfForward,        // forwards to the number itself
        InvalidDestination, // a destination that is not a valid phone number
    };

    Kind kind = Kind::Overlap;
    int ruleIndex = -1;      // -1: the whole configuration
    int otherRuleIndex = -1; // the rule that wins an overlap or shadows this one
    QString message;

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Overlap: return QStringLiteral("overlap");
        case Kind::Gap: return QStringLiteral("gap");
        case Kind::Shadowed: return QStringLiteral("shadowed");
        case Kind::EmptyRule: return QStringLiteral("empty");
        case Kind::PastDates: return QStringLiteral("past-dates");
        case Kind::DstGap: return QStringLiteral("dst-gap");
        case Kind::DstRepeat: return QStringLiteral("dst-repeat");
        case Kind::SelfForward: return QStringLiteral("self-forward");
        case Kind::InvalidDestination: return QStringLiteral("invalid-destination");
        }
        return {};
    }
};
