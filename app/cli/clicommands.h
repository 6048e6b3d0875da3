#pragma once

#include "clicommand.h"

#include <QList>

// Every command group, one file each (initcommand.cpp, infocommand.cpp …).
CliCommand initCommand();
CliCommand infoCommand();
CliCommand numbersCommand();
CliCommand billingCommand();
CliCommand subscriptionCommand();
CliCommand importCommand();
CliCommand reportCommand();
CliCommand financesCommand();
CliCommand routeCommand();
CliCommand invoiceCommand();
CliCommand serverCommand();

QList<CliCommand> allCliCommands();
