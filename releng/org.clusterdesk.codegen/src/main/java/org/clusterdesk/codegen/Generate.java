package org.clusterdesk.codegen;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.CodeGenEcorePlugin;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the EMF model and edit code of ClusterDesk from {@code model/clusterdesk.genmodel}
 * exactly as the IDE's "Generate Model Code" + "Generate Edit Code" would, but as a plain Java
 * program: no Eclipse, no OSGi, no workspace. Run it through {@code releng/scripts/generate.sh}.
 *
 * <pre>
 * Generate [--repo DIR] [--genmodel-project NAME] [--update-genmodel] [-v] path/to/x.genmodel [project=folder ...]
 * </pre>
 *
 * {@code --update-genmodel} writes the reconciled genmodel back to its file: the way to add the
 * Gen* elements for new Ecore elements without an Eclipse IDE (the genmodel editor does the same).
 *
 * The genmodel names its output folders as workspace paths ({@code /org.clusterdesk.model/src-gen}).
 * Outside Eclipse, EMF turns them into {@code platform:/resource/...} URIs and lets the resource
 * set's URI map decide where they live on disk; this program fills that map:
 * the genmodel's own folder is the project {@code org.clusterdesk.metamodel}, and every other
 * project the genmodel names is {@code <repo>/bundles/<project>/}, unless a
 * {@code project=folder} argument says otherwise.
 *
 * Exit code 0 on success, 1 on any model or generation error, 2 on bad arguments.
 */
public final class Generate {
  private static final String USAGE =
    "usage: Generate [--repo DIR] [--genmodel-project NAME] [--update-genmodel] [-v|--verbose] GENMODEL [project=folder ...]";

  /** What the genmodel's own folder is called as a workspace project (see class comment). */
  private static final String DEFAULT_GENMODEL_PROJECT = "org.clusterdesk.metamodel";

  /** A failure with a message meant for the modeller; no stack trace needed. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  private File repo;
  private File genModelFile;
  private String genModelProject = DEFAULT_GENMODEL_PROJECT;
  private boolean verbose;
  private boolean updateGenModel;
  private final Map<String, File> projectFolders = new LinkedHashMap<>();
  /** Every file the generator looked at or wrote (absolute paths), to find stale generated files. */
  private final Set<String> visitedFiles = new HashSet<>();

  public static void main(String[] args) {
    int exitCode;
    try {
      exitCode = new Generate().run(args);
    } catch (IllegalArgumentException e) {
      System.err.println("codegen: " + e.getMessage());
      System.err.println(USAGE);
      exitCode = 2;
    } catch (Failure e) {
      System.err.println("codegen: FAILED: " + e.getMessage());
      exitCode = 1;
    } catch (Throwable t) {
      System.err.println("codegen: FAILED with an unexpected exception:");
      t.printStackTrace();
      exitCode = 1;
    }
    // Only exit explicitly on failure: under `mvn exec:java` this ends Maven with our exit code,
    // while on success Maven finishes normally.
    if (exitCode != 0) {
      System.out.flush();
      System.exit(exitCode);
    }
  }

  private int run(String[] args) throws Exception {
    long start = System.nanoTime();
    parseArguments(args);

    // Standalone, EMF reads and writes .java, plugin.xml and MANIFEST.MF with the JVM's default
    // charset (the IDE would ask the workspace). Our sources are UTF-8; on Java 17 the default
    // depends on the locale (POSIX in CI gives US-ASCII, which would turn Chinese text into '?').
    if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
      throw new Failure("the JVM's default charset is " + Charset.defaultCharset()
        + ", not UTF-8: run with -Dfile.encoding=UTF-8 (releng/scripts/generate.sh sets it in MAVEN_OPTS)");
    }
    // New files get System.getProperty("line.separator"); existing files keep theirs.
    // The repository uses LF everywhere, also when someone generates on Windows.
    System.setProperty("line.separator", "\n");

    ResourceSet resourceSet = createResourceSet();

    // Load the genmodel through its platform:/resource URI, as the IDE does: EMF derives
    // workspace-relative facts from it (e.g. whether the genmodel lives inside the model bundle,
    // which decides the genModel= attribute in plugin.xml), and the .genmodel -> .ecore references
    // stay relative, so a genmodel saved by --update-genmodel looks like one saved by Eclipse.
    URI genModelURI = URI.createPlatformResourceURI(genModelProject + "/" + genModelFile.getName(), true);
    Resource genModelResource;
    try {
      genModelResource = resourceSet.getResource(genModelURI, true);
    } catch (RuntimeException e) {
      throw new Failure("cannot load " + genModelFile + ": " + rootMessage(e));
    }
    if (genModelResource.getContents().isEmpty() || !(genModelResource.getContents().get(0) instanceof GenModel)) {
      throw new Failure(genModelFile + " does not contain a GenModel");
    }
    GenModel genModel = (GenModel)genModelResource.getContents().get(0);

    // Now that the genmodel names its output projects, map each to <repo>/bundles/<project>/.
    mapGeneratedProjects(resourceSet, genModel);

    // Load everything the genmodel refers to (the .ecore, Ecore.genmodel, ...), then insist
    // that every resource loaded cleanly and that no reference is left dangling.
    EcoreUtil.resolveAll(resourceSet);
    checkResources(resourceSet);

    checkGeneratorSettings(genModel);

    // The .ecore must be a valid Ecore model (names, types, opposites, constraints, ...);
    // the IDE's Ecore editor would show the same problems.
    for (GenPackage genPackage : genModel.getGenPackages()) {
      EPackage ePackage = genPackage.getEcorePackage();
      Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ePackage);
      report("validation of package " + ePackage.getName(), diagnostic);
      if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
        throw new Failure("the Ecore model " + ePackage.eResource().getURI() + " has errors (listed above)");
      }
    }

    // Bring the genmodel up to date with the .ecore (the IDE does this when the genmodel is
    // opened): new classes/features get default Gen* settings, removed ones are dropped.
    // Only the in-memory copy changes; we tell the modeller if the file on disk is stale.
    byte[] before = serialize(genModelResource);
    if (!genModel.reconcile()) {
      throw new Failure(genModelFile + " cannot be reconciled with its .ecore (none of its packages were found)");
    }
    if (!Arrays.equals(before, serialize(genModelResource))) {
      if (updateGenModel) {
        // The save options of EMF's genmodel editor.
        genModelResource.save(Map.of(
          Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER,
          Resource.OPTION_LINE_DELIMITER, Resource.OPTION_LINE_DELIMITER_UNSPECIFIED));
        System.out.println("codegen: updated " + relative(genModelFile) + " to match its .ecore");
      } else {
        // Harmless (a minimal genmodel is fine: defaults are used), but worth knowing.
        System.out.println("codegen: note: " + relative(genModelFile) + " lacks or has outdated Gen* elements"
          + " for the .ecore; used the reconciled genmodel in memory (--update-genmodel writes it back)");
      }
    }

    genModel.setCanGenerate(true);
    Diagnostic genModelDiagnostic = genModel.diagnose();
    report("genmodel check", genModelDiagnostic);
    if (genModelDiagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new Failure(genModelFile + " has errors (listed above)");
    }

    // Standalone there is no extension registry to contribute the generator adapters: register
    // the GenModel ones by hand (what org.eclipse.emf.codegen.ecore's plugin.xml does in the IDE).
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
      GenModelGeneratorAdapterFactory.DESCRIPTOR);

    List<String> written = new ArrayList<>();
    Generator generator = new Generator() {
      @Override
      public void generatedOutput(URI workspacePath) {
        // Called only for files that are actually (re)written, i.e. whose content changed.
        super.generatedOutput(workspacePath);
        String path = relative(resourceSet.getURIConverter().normalize(
          URI.createPlatformResourceURI(workspacePath.toString(), true)));
        written.add(path);
        System.out.println("  wrote " + path);
      }
    };
    generator.setInput(genModel);

    // Model and edit code only: no tests project, and no editor (its dependencies,
    // org.eclipse.emf.edit.ui and org.eclipse.emf.common.ui, are not on Maven Central).
    String[][] projectTypes = {
      { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model code" },
      { GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit code" } };
    BasicMonitor monitor = new ProgressMonitor(verbose);
    for (String[] projectType : projectTypes) {
      if (!generator.canGenerate(genModel, projectType[0])) {
        throw new Failure("the genmodel does not allow generating " + projectType[1]
          + " (is its " + (GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE.equals(projectType[0]) ? "modelDirectory" : "editDirectory")
          + " set?)");
      }
      System.out.println("codegen: generating " + projectType[1] + " ...");
      Diagnostic diagnostic = generator.generate(genModel, projectType[0], projectType[1], monitor);
      report("generation of " + projectType[1], diagnostic);
      if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
        throw new Failure("generating " + projectType[1] + " failed (see above)");
      }
    }

    int deleted = deleteStaleFiles(resourceSet, genModel);

    System.out.printf("codegen: OK: %d file(s) written%s%s from %s in %.1f s%n", written.size(),
      deleted > 0 ? ", " + deleted + " stale file(s) deleted" : "",
      written.isEmpty() && deleted == 0 ? " (generated code was already up to date)" : "",
      relative(genModelFile), (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /**
   * EMF never deletes what it generated earlier: after an EClass is removed or renamed, its old
   * interface, Impl and ItemProvider would stay in src-gen/, still compile (or not), and look as
   * if the model produced them. So every *.java under the model and edit src-gen/ folders that this
   * run did not produce is deleted -- src-gen/ belongs to the generator; hand-written classes go
   * to src/. A stale file with "@generated NOT" code is not deleted: that is an error to resolve.
   */
  private int deleteStaleFiles(ResourceSet resourceSet, GenModel genModel) throws IOException, Failure {
    List<Path> stale = new ArrayList<>();
    for (String directory : Arrays.asList(genModel.getModelDirectory(), genModel.getEditDirectory())) {
      URI folderURI = resourceSet.getURIConverter().normalize(URI.createPlatformResourceURI(directory + "/", true));
      Path folder = folderURI.isFile() ? new File(folderURI.toFileString()).toPath() : null;
      if (folder != null && Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.walk(folder)) {
          stale.addAll(files
            .filter(file -> file.toString().endsWith(".java"))
            .filter(file -> !visitedFiles.contains(file.toAbsolutePath().toString()))
            .sorted()
            .collect(Collectors.toList()));
        }
      }
    }
    List<String> kept = new ArrayList<>();
    for (Path file : stale) {
      if (Files.readString(file, StandardCharsets.UTF_8).contains("@generated NOT")) {
        kept.add(relative(file.toFile()));
      } else {
        Files.delete(file);
        System.out.println("  deleted stale " + relative(file.toFile()));
      }
    }
    if (!kept.isEmpty()) {
      throw new Failure("the model no longer produces these files, but they contain hand-written"
        + " \"@generated NOT\" code: move that code elsewhere and delete them: " + String.join(", ", kept));
    }
    return stale.size();
  }

  private void parseArguments(String[] arguments) {
    // The pom passes all extra flags as one argument (-Dclusterdesk.codegen.flags="-v --update-genmodel"):
    // split an argument that starts with '-' at white space.
    List<String> list = new ArrayList<>();
    for (String argument : arguments) {
      if (argument == null || argument.isBlank()) {
        continue; // an empty optional argument from the pom
      }
      list.addAll(argument.trim().startsWith("-") ? Arrays.asList(argument.trim().split("\\s+")) : List.of(argument));
    }
    String[] args = list.toArray(new String[0]);
    for (int i = 0; i < args.length; ++i) {
      String arg = args[i].trim();
      if (arg.equals("--repo") || arg.equals("--genmodel-project")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        String value = args[++i];
        if (arg.equals("--repo")) {
          repo = canonical(new File(value));
        } else {
          genModelProject = value;
        }
      } else if (arg.equals("--update-genmodel")) {
        updateGenModel = true;
      } else if (arg.equals("-v") || arg.equals("--verbose")) {
        verbose = true;
      } else if (arg.startsWith("-")) {
        throw new IllegalArgumentException("unknown option " + arg);
      } else if (arg.contains("=") && !arg.endsWith(".genmodel")) {
        int equals = arg.indexOf('=');
        projectFolders.put(arg.substring(0, equals), canonical(new File(arg.substring(equals + 1))));
      } else if (genModelFile == null) {
        genModelFile = canonical(new File(arg));
      } else {
        throw new IllegalArgumentException("more than one genmodel given: " + genModelFile + ", " + arg);
      }
    }
    if (genModelFile == null) {
      throw new IllegalArgumentException("no genmodel given");
    }
    if (!genModelFile.isFile()) {
      throw new IllegalArgumentException("genmodel not found: " + genModelFile);
    }
    if (repo == null) {
      // <repo>/model/clusterdesk.genmodel
      repo = genModelFile.getParentFile().getParentFile();
    }
  }

  /** Registers by hand what the Eclipse extension registry registers in the IDE. */
  private ResourceSet createResourceSet() {
    ResourceSet resourceSet = new ResourceSetImpl();

    // Standalone, the generator does all its file access through this converter: it asks exists()
    // for every file it generates (to merge with it) and opens an output stream for every file it
    // writes. Recording both tells which files of src-gen/ the current model still produces.
    resourceSet.setURIConverter(new ExtensibleURIConverterImpl() {
      @Override
      public boolean exists(URI uri, Map<?, ?> options) {
        visit(uri);
        return super.exists(uri, options);
      }

      @Override
      public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        visit(uri);
        return super.createOutputStream(uri, options);
      }

      private void visit(URI uri) {
        URI normalized = normalize(uri);
        if (normalized.isFile()) {
          visitedFiles.add(new File(normalized.toFileString()).getAbsolutePath());
        }
      }
    });

    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());

    // Both in the resource set and globally: the generator resolves some packages through the
    // global registry.
    for (EPackage.Registry registry : List.of(resourceSet.getPackageRegistry(), EPackage.Registry.INSTANCE)) {
      registry.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
      registry.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    }

    Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
    // A genmodel that uses Ecore's data types refers to
    // platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel: serve it from the jar.
    uriMap.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"),
      URI.createURI(EcorePlugin.INSTANCE.getBaseURL().toString()));
    uriMap.put(URI.createURI("platform:/plugin/org.eclipse.emf.codegen.ecore/"),
      URI.createURI(CodeGenEcorePlugin.INSTANCE.getBaseURL().toString()));

    mapProject(resourceSet, genModelProject, genModelFile.getParentFile());
    for (Map.Entry<String, File> entry : projectFolders.entrySet()) {
      mapProject(resourceSet, entry.getKey(), entry.getValue());
    }
    return resourceSet;
  }

  private void mapGeneratedProjects(ResourceSet resourceSet, GenModel genModel) {
    for (String directory : Arrays.asList(genModel.getModelDirectory(), genModel.getEditDirectory(),
      genModel.getEditorDirectory(), genModel.getTestsDirectory())) {
      if (directory == null || directory.isBlank()) {
        continue;
      }
      String project = URI.createURI(directory).segment(0);
      if (project != null && !project.equals(genModelProject) && !projectFolders.containsKey(project)) {
        File folder = new File(new File(repo, "bundles"), project);
        projectFolders.put(project, folder);
        mapProject(resourceSet, project, folder);
      }
    }
    if (verbose) {
      resourceSet.getURIConverter().getURIMap().forEach((from, to) -> System.out.println("  map " + from + " -> " + to));
    }
  }

  private static void mapProject(ResourceSet resourceSet, String project, File folder) {
    // A trailing slash on both sides makes this a prefix mapping for everything inside the project.
    resourceSet.getURIConverter().getURIMap().put(
      URI.createPlatformResourceURI(project + "/", true),
      URI.createFileURI(folder.getAbsolutePath() + File.separator));
  }

  private static void checkResources(ResourceSet resourceSet) throws Failure {
    List<String> problems = new ArrayList<>();
    for (Resource resource : resourceSet.getResources()) {
      for (Resource.Diagnostic error : resource.getErrors()) {
        problems.add(resource.getURI() + ": " + error.getMessage()
          + (error.getLine() > 0 ? " (line " + error.getLine() + ")" : ""));
      }
      for (Resource.Diagnostic warning : resource.getWarnings()) {
        System.out.println("codegen: warning: " + resource.getURI() + ": " + warning.getMessage());
      }
    }
    Map<EObject, Collection<EStructuralFeature.Setting>> proxies = EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
    for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> entry : proxies.entrySet()) {
      for (EStructuralFeature.Setting setting : entry.getValue()) {
        if (setting.getEStructuralFeature().isDerived()) {
          continue; // e.g. EAttribute.eAttributeType repeats eType: report each broken reference once
        }
        EObject owner = setting.getEObject();
        problems.add("unresolved reference to " + EcoreUtil.getURI(entry.getKey()) + " from "
          + EcoreUtil.getURI(owner) + " (feature " + setting.getEStructuralFeature().getName() + ")");
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(problem -> System.out.println("  " + problem));
      throw new Failure(problems.size() + " problem(s) loading the genmodel and the models it refers to (listed above)");
    }
  }

  /** Settings that only make sense inside the IDE. */
  private static void checkGeneratorSettings(GenModel genModel) throws Failure {
    if (genModel.isDynamicTemplates()) {
      throw new Failure("dynamicTemplates=\"true\" needs JET compilation inside Eclipse; set it to false"
        + " (the templates precompiled into org.eclipse.emf.codegen.ecore are used then)");
    }
    if (genModel.isCodeFormatting() || genModel.isImportOrganizing() || genModel.isCleanup()) {
      System.out.println("codegen: warning: codeFormatting/importOrganizing/cleanup need JDT inside Eclipse and are"
        + " ignored here, so IDE and command-line output would differ: set them to false in the genmodel");
    }
  }

  private static byte[] serialize(Resource resource) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    resource.save(out, null);
    return out.toByteArray();
  }

  /** Prints every problem of a diagnostic (warnings too), indented by depth. */
  private static void report(String what, Diagnostic diagnostic) {
    if (diagnostic.getSeverity() == Diagnostic.OK) {
      return;
    }
    System.out.println("codegen: " + what + ": " + severity(diagnostic) + ": " + diagnostic.getMessage());
    printChildren(diagnostic, "  ");
  }

  private static void printChildren(Diagnostic diagnostic, String indent) {
    for (Diagnostic child : diagnostic.getChildren()) {
      // The first data object is the model element the problem is about: show where it is.
      List<?> data = child.getData();
      String where = !data.isEmpty() && data.get(0) instanceof EObject ? "  [at " + EcoreUtil.getURI((EObject)data.get(0)) + "]" : "";
      System.out.println(indent + severity(child) + ": " + child.getMessage() + where);
      if (child.getException() != null) {
        System.out.println(indent + "  " + rootMessage(child.getException()));
      }
      printChildren(child, indent + "  ");
    }
  }

  private static String severity(Diagnostic diagnostic) {
    switch (diagnostic.getSeverity()) {
      case Diagnostic.ERROR: return "ERROR";
      case Diagnostic.CANCEL: return "CANCELLED";
      case Diagnostic.WARNING: return "WARNING";
      case Diagnostic.INFO: return "INFO";
      default: return "OK";
    }
  }

  private static String rootMessage(Throwable throwable) {
    Throwable cause = throwable;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static File canonical(File file) {
    try {
      return file.getCanonicalFile();
    } catch (IOException e) {
      return file.getAbsoluteFile();
    }
  }

  private String relative(URI fileURI) {
    return fileURI.isFile() ? relative(new File(fileURI.toFileString())) : fileURI.toString();
  }

  private String relative(File file) {
    String path = file.getAbsolutePath();
    String root = repo.getAbsolutePath() + File.separator;
    return path.startsWith(root) ? path.substring(root.length()) : path;
  }

  /**
   * Progress for the modeller: the files written are printed by the generator above; with -v,
   * every step ("Generating ...", "Examining old ...") is printed as well.
   */
  private static final class ProgressMonitor extends BasicMonitor {
    private final boolean verbose;

    ProgressMonitor(boolean verbose) {
      this.verbose = verbose;
    }

    @Override
    public void beginTask(String name, int totalWork) {
      if (verbose && name != null && !name.isEmpty()) {
        System.out.println("  > " + name);
      }
    }

    @Override
    public void subTask(String name) {
      if (verbose && name != null && !name.isEmpty()) {
        System.out.println("    " + name);
      }
    }
  }
}
