using System;
using System.Text;
using System.Threading.Tasks;
using ServiceEfficiency.Cli;

// Agency documents are Chinese: read and write UTF-8 whatever the console's code page.
Console.OutputEncoding = new UTF8Encoding(false);
Console.InputEncoding = new UTF8Encoding(false);
return await CliApplication.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
