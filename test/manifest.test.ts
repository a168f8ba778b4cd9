/**
 * Offline checks of manifest.xml (office-addin-manifest validate needs Microsoft's
 * service): structure, element order where the schema or the shared runtime
 * requires one, resources, localization, URLs and icons.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { NAMESPACE } from "../src/excel/catalog";

const ROOT = join(__dirname, "..");
const XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const PACKAGE_VERSION: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const DEV_URL = "https://localhost:3000/";
/** Every French Office locale we translate for; an override on "fr" alone is not honoured everywhere. */
const FR_LOCALES = ["fr-FR", "fr-BE", "fr-CA", "fr-CH"];

interface XmlNode {
  tag: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNode(raw: Ordered): XmlNode {
  const tag = Object.keys(raw).find((k) => k !== ":@")!;
  const content = raw[tag] as Ordered[];
  const texts = content.filter((c) => "#text" in c).map((c) => String(c["#text"]));
  return {
    tag,
    attrs: raw[":@"] ?? {},
    children: content.filter((c) => !("#text" in c)).map(toNode),
    text: texts.join(""),
  };
}

const parsed = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
}).parse(XML) as Ordered[];
const root = toNode(parsed.find((n) => "OfficeApp" in n)!);

function descendants(node: XmlNode): XmlNode[] {
  return node.children.flatMap((c) => [c, ...descendants(c)]);
}

function child(node: XmlNode, tag: string): XmlNode {
  const found = node.children.filter((c) => c.tag === tag);
  if (found.length !== 1) throw new Error(`<${node.tag}> has ${found.length} <${tag}>, expected 1`);
  return found[0];
}

/** Follows a path of unique child tags; "Tag[attr=value]" picks among same-named children. */
function at(node: XmlNode, ...path: string[]): XmlNode {
  return path.reduce((n, step) => {
    const m = /^(.+)\[(.+)=(.+)\]$/.exec(step);
    if (!m) return child(n, step);
    const found = n.children.filter((c) => c.tag === m[1] && c.attrs[m[2]] === m[3]);
    if (found.length !== 1) throw new Error(`<${n.tag}> has ${found.length} <${step}>, expected 1`);
    return found[0];
  }, node);
}

const tags = (node: XmlNode) => node.children.map((c) => c.tag);
const overrides = (node: XmlNode) => node.children.filter((c) => c.tag === "Override" || c.tag === "bt:Override");
const overrideLocales = (node: XmlNode) => overrides(node).map((o) => o.attrs.Locale);

const host = at(root, "VersionOverrides", "Hosts", "Host");
const resources = at(root, "VersionOverrides", "Resources");
const resourceNodes = resources.children.flatMap((group) => group.children.map((r) => ({ group: group.tag, node: r })));
const resource = (id: string) => {
  const found = resourceNodes.filter((r) => r.node.attrs.id === id);
  if (found.length !== 1) throw new Error(`${found.length} resources with id ${id}`);
  return found[0];
};
const customFunctions = at(host, "AllFormFactors", "ExtensionPoint[xsi:type=CustomFunctions]");
const runtimeResid = at(host, "Runtimes", "Runtime").attrs.resid;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Requirement-set versions compare part by part ("1.12" is above "1.9"). */
function atLeast(version: string | undefined, min: string): boolean {
  const [a, b] = [version ?? "0", min].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

function expectIcon(url: string, size: number): void {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  const file = join(ROOT, url.slice(DEV_URL.length));
  expect(existsSync(file)).toBe(true);
  expect(pngSize(file)).toEqual([size, size]);
}

describe("manifest.xml", () => {
  test("is well-formed XML of a task pane add-in", () => {
    expect(XMLValidator.validate(XML)).toBe(true);
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(at(root, "VersionOverrides").attrs["xsi:type"]).toBe("VersionOverridesV1_0");
  });

  test("top-level elements follow the schema's sequence", () => {
    const sequence = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
    const present = tags(root);
    expect(present.every((t) => sequence.includes(t))).toBe(true);
    expect(present).toEqual(sequence.filter((t) => present.includes(t)));
  });

  test("has a GUID id, a version matching package.json and en-US as default locale", () => {
    expect(at(root, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    const version = at(root, "Version").text;
    expect(version).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(version.split(".").slice(0, 3).join(".")).toBe(PACKAGE_VERSION);
    expect(at(root, "DefaultLocale").text).toBe("en-US");
  });

  test("names and describes the add-in in English and French", () => {
    const name = at(root, "DisplayName");
    expect(name.attrs.DefaultValue).toBe("Hisab Santé – hospital costing");
    expect(overrideLocales(name)).toEqual(FR_LOCALES);
    expect(overrides(name).every((o) => o.attrs.Value === "Hisab Santé")).toBe(true);
    const description = at(root, "Description");
    expect(overrideLocales(description)).toEqual(FR_LOCALES);
    expect(new Set(overrides(description).map((o) => o.attrs.Value)).size).toBe(1);
    expect(overrides(description)[0].attrs.Value).not.toBe(description.attrs.DefaultValue);
  });

  test("requires the shared runtime, custom functions and the Excel API the pane uses", () => {
    expect(at(root, "Hosts", "Host").attrs.Name).toBe("Workbook");
    const sets = Object.fromEntries(at(root, "Requirements", "Sets").children.map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets.SharedRuntime).toBe("1.1");
    // 1.2 brings CustomFunctions.Error, which functions/adapter.ts throws.
    expect(atLeast(sets.CustomFunctionsRuntime, "1.2")).toBe(true);
    // The level agreed for the task pane (tables, charts, number formats, data validation 1.8).
    expect(atLeast(sets.ExcelApi, "1.12")).toBe(true);
  });

  test("declares the long-lived shared runtime as the first child of the Workbook host", () => {
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    expect(tags(host)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    const runtimes = at(host, "Runtimes");
    expect(runtimes.children).toHaveLength(1);
    expect(at(runtimes, "Runtime").attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
  });

  test("wires the custom functions: Script, Page, Metadata, Namespace in this order", () => {
    expect(tags(customFunctions)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    const url = (step: string) => resource(at(customFunctions, step, "SourceLocation").attrs.resid).node.attrs.DefaultValue;
    expect(url("Script")).toBe(`${DEV_URL}functions.js`);
    expect(at(customFunctions, "Page", "SourceLocation").attrs.resid).toBe(runtimeResid);
    expect(url("Metadata")).toBe(`${DEV_URL}functions.json`);
    const namespace = resource(at(customFunctions, "Namespace").attrs.resid);
    expect(namespace.group).toBe("bt:ShortStrings");
    expect(namespace.node.attrs.DefaultValue).toBe("HISAB");
    expect(NAMESPACE).toBe("HISAB");
    // Users type =HISAB.… in every language: the namespace must not be translated.
    expect(overrides(namespace.node)).toEqual([]);
  });

  test("points French locales at the French function metadata", () => {
    const metadata = resource(at(customFunctions, "Metadata", "SourceLocation").attrs.resid).node;
    expect(overrideLocales(metadata)).toEqual(FR_LOCALES);
    expect(overrides(metadata).every((o) => o.attrs.Value === `${DEV_URL}functions-fr.json`)).toBe(true);
  });

  test("loads every page of the add-in from the runtime's one URL", () => {
    // The shared runtime does not load if the pane, the functions page and the commands use different resids.
    expect(resource(runtimeResid).node.attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    expect(at(root, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    const desktop = at(host, "DesktopFormFactor");
    expect(tags(desktop)).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expect(at(desktop, "FunctionFile").attrs.resid).toBe(runtimeResid);
    const actions = descendants(desktop).filter((n) => n.tag === "Action");
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
      expect(at(action, "SourceLocation").attrs.resid).toBe(runtimeResid);
      // Microsoft's advice for a shared runtime: no TaskpaneId, so there is only ever one pane.
      expect(tags(action)).toEqual(["SourceLocation", "Title"]);
    }
  });

  test("adds a task pane button in its own group on the Home tab", () => {
    const tab = at(host, "DesktopFormFactor", "ExtensionPoint[xsi:type=PrimaryCommandSurface]", "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = at(tab, "Group");
    expect(tags(group)).toEqual(["Label", "Icon", "Control"]);
    const button = at(group, "Control");
    expect(button.attrs["xsi:type"]).toBe("Button");
    expect(tags(button)).toEqual(["Label", "Supertip", "Icon", "Action"]);
    expect(tags(at(button, "Supertip"))).toEqual(["Title", "Description"]);
  });

  test("resolves every resid to exactly one resource of the right kind", () => {
    expect(tags(resources)).toEqual(["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
    const ids = resourceNodes.map((r) => r.node.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    const kinds: Record<string, string> = {
      "bt:Image": "bt:Images",
      SourceLocation: "bt:Urls",
      FunctionFile: "bt:Urls",
      LearnMoreUrl: "bt:Urls",
      Runtime: "bt:Urls",
      Namespace: "bt:ShortStrings",
      Label: "bt:ShortStrings",
      Title: "bt:ShortStrings",
      Description: "bt:LongStrings",
    };
    const references = descendants(at(root, "VersionOverrides", "Hosts")).filter((n) => n.attrs.resid);
    expect(references.length).toBeGreaterThan(10);
    for (const ref of references) {
      expect(kinds[ref.tag]).toBeDefined();
      expect(resource(ref.attrs.resid).group).toBe(kinds[ref.tag]);
    }
    // Nothing unused: every resource is referenced.
    const used = new Set(references.map((r) => r.attrs.resid));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test("translates every string (but the namespace) into French, within Office's length limits", () => {
    const strings = resourceNodes.filter((r) => r.group === "bt:ShortStrings" || r.group === "bt:LongStrings");
    for (const { group, node } of strings) {
      const max = group === "bt:ShortStrings" ? 125 : 250;
      const values = [node.attrs.DefaultValue, ...overrides(node).map((o) => o.attrs.Value)];
      for (const value of values) expect(value.trim().length).toBeGreaterThan(0);
      for (const value of values) expect(value.length).toBeLessThanOrEqual(max);
      if (node.attrs.id !== "Functions.Namespace") expect([node.attrs.id, overrideLocales(node)]).toEqual([node.attrs.id, FR_LOCALES]);
    }
  });

  test("uses https URLs only, on the dev server for the add-in's own files", () => {
    const urls = [root, ...descendants(root)].flatMap((n) =>
      [n.attrs.DefaultValue, n.attrs.Value, n.tag === "AppDomain" ? n.text : undefined].filter((v): v is string => !!v && /^[a-z]+:/i.test(v)),
    );
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    const own = urls.filter((u) => u.includes("localhost"));
    for (const url of own) expect(url.startsWith(DEV_URL)).toBe(true);
  });

  test("has every icon in assets/ at the size Office expects", () => {
    expectIcon(at(root, "IconUrl").attrs.DefaultValue, 32);
    expectIcon(at(root, "HighResolutionIconUrl").attrs.DefaultValue, 64);
    const images = descendants(host).filter((n) => n.tag === "bt:Image");
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expectIcon(resource(image.attrs.resid).node.attrs.DefaultValue, Number(image.attrs.size));
  });
});
