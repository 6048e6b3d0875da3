#pragma once

#include "clicommand.h"

#include <QList>

// Every command group, one file each (initcommand.cpp, infocommand.cpp …).
CliCommand initCommand();
CliCommand infoCommand();
CliCommand financesCommand();
CliCommand routeCommand();

QList<CliCommand> allCliCommands();
