Console.WriteLine("NewsBot");
