#include "clicommands.h"

QList<CliCommand> allCliCommands()
{
    return {initCommand(), infoCommand(), routeCommand()};
}
