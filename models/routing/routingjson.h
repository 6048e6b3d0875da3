#pragma once

#include "routingconfig.h"

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

// The JSON form of a routing configuration (ARCHITECTURE.md, `route set` / `route show`): what `route
// show` writes, `route set` reads back unchanged. Reading refuses unknown keys, names and values with a
// message naming the rule and the field, then validates the whole configuration.
class RoutingJson final
{
    Q_DECLARE_TR_FUNCTIONS(RoutingJson)

public:
    static Result<RoutingConfig> read(const QByteArray &json);
    static Result<RoutingConfig> fromObject(const QJsonObject &object);
    static QJsonObject toObject(const RoutingConfig &config);
    static QByteArray write(const RoutingConfig &config); // indented, ends with a newline
};
