using System;
using System.IO;
using System.Text;
using ServiceEfficiency.Cli;

// Agency documents are Chinese: read and write UTF-8 whatever the console's code page.
Console.OutputEncoding = new UTF8Encoding(false);
Console.InputEncoding = new UTF8Encoding(false);
// Standard output through a stream that reports a full disk or a closed pipe (StandardOutput).
using var output = new StreamWriter(StandardOutput.Instance, new UTF8Encoding(false), 16384) { AutoFlush = false };
return await CliApplication.RunAsync(args, output, Console.Error).ConfigureAwait(false);
