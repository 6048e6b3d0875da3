#include "clicommands.h"

QList<CliCommand> allCliCommands()
{
    return {initCommand(), infoCommand(), financesCommand(), routeCommand()};
}
