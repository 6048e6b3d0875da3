#pragma once

#include "routing/routingjson.h"

#include <QByteArray>

// The routing configuration the routing tests share: weekly rules with an overlap, a night past
// midnight, a 24:00 end, a holiday and Sunday early-morning rules for the DST nights.
inline QByteArray routingTestJson()
{
    return R"({ "timezone": "America/New_York", "voicemail": true,
  "filter": { "mode": "block", "entries": [ {"pattern": "+1900*"}, {"pattern": "+15145550999"}, {"pattern": "anonymous"} ] },
  "rules": [
    { "name": "Holiday", "dates": {"from": "2026-12-25", "to": "2026-12-25"}, "start": "00:00", "end": "24:00", "action": "voicemail" },
    { "name": "Office", "days": ["mon","tue","wed","thu","fri"], "start": "09:00", "end": "17:00", "action": "forward",
      "destinations": ["+15145550100"], "strategy": "simultaneous" },
    { "name": "Lunch", "days": ["mon","tue","wed","thu","fri"], "start": "12:00", "end": "13:00", "action": "reject" },
    { "name": "Night", "days": ["mon","tue","wed","thu","fri"], "start": "22:00", "end": "06:00", "action": "forward",
      "destinations": ["+15145550101", "+15145550104"], "strategy": "sequential" },
    { "name": "Saturday", "days": ["sat"], "start": "10:00", "end": "14:00", "action": "forward",
      "destinations": ["+15145550102"], "strategy": "random" },
    { "name": "Sunday evening", "days": ["sun"], "start": "20:00", "end": "24:00", "action": "reject" },
    { "name": "Early", "days": ["sun"], "start": "01:00", "end": "02:00", "action": "forward",
      "destinations": ["+15145550103"], "strategy": "simultaneous" },
    { "name": "Sunday two", "days": ["sun"], "start": "02:00", "end": "03:00", "action": "ivr" }
  ] })";
}

inline RoutingConfig routingTestConfig()
{
    return RoutingJson::read(routingTestJson()).value();
}
