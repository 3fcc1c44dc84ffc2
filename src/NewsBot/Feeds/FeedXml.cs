using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Feeds;

/// <summary>Reads feed XML into a tree: strictly first, then repaired and as far as it goes. DTDs are ignored and nothing external is ever resolved (no XXE). Pure.</summary>
internal static class FeedXml
{
    /// <summary>Deeper than any real feed; stops a "5 MB of nesting" document early.</summary>
    private const int MaxDepth = 256;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The root element, or <see cref="FeedFormatException"/> when even a repaired read finds none.</summary>
    public static XElement Load(string text)
    {
        try
        {
            return Read(text.TrimStart(), recover: false)!;
        }
        catch (XmlException strict)
        {
            return Read(FeedXmlRepair.Repair(text), recover: true)
                ?? throw new FeedFormatException($"Not well-formed XML ({strict.Message}) and nothing could be recovered.", strict);
        }
    }

    /// <summary>Builds the tree node by node so that a read which fails half-way (recover) keeps what came before.</summary>
    private static XElement? Read(string text, bool recover)
    {
        XElement? root = null;
        var open = new Stack<XElement>();
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = StartElement(reader);
                        if (open.TryPeek(out var parent)) parent.Add(element);
                        else root = element;
                        if (!reader.IsEmptyElement) open.Push(element);
                        if (open.Count > MaxDepth)
                            throw new FeedFormatException($"XML nested deeper than {MaxDepth} elements.");
                        break;
                    case XmlNodeType.EndElement:
                        open.TryPop(out _);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        if (open.TryPeek(out var holder)) holder.Add(new XText(reader.Value));
                        break;
                }
            }
        }
        catch (XmlException) when (recover)
        {
        }
        return root;
    }

    private static XElement StartElement(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI != XNamespace.Xmlns.NamespaceName)
                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return element;
    }
}
