#include "clicommands.h"

QList<CliCommand> allCliCommands()
{
    return {initCommand(), infoCommand(), importCommand(), reportCommand(), financesCommand(), routeCommand()};
}
