package dev.toolwright.processor.model;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The wire values of an enum as Jackson writes them: {@code @JsonProperty} on a constant, or a
 * {@code @JsonValue} accessor that returns a field every constant sets from a string literal (read
 * from the source with the compiler's tree API, so not for an enum from a class file), or else the
 * constant's name.
 */
final class EnumValues {

  private final Trees trees;

  EnumValues(ProcessingEnvironment env) {
    Trees t;
    try {
      t = Trees.instance(env);
    } catch (RuntimeException | LinkageError e) {
      t = null; // not javac: @JsonValue enums are then rejected with a fix
    }
    this.trees = t;
  }

  List<String> wireValues(TypeElement enumType, String path) throws UnsupportedTypeException {
    List<VariableElement> constants = new ArrayList<>();
    Element jsonValue = null;
    for (Element e : enumType.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add((VariableElement) e);
      } else if (Annotations.find(e, Annotations.JSON_VALUE)
          .map(m -> Annotations.value(m, "value").map(v -> (Boolean) v).orElse(true))
          .orElse(false)) {
        jsonValue = e;
      }
    }
    if (constants.isEmpty()) {
      throw new UnsupportedTypeException(
          path,
          "enum " + enumType.getQualifiedName() + " has no constants",
          "add constants or use another type");
    }
    if (jsonValue == null) {
      List<String> values = new ArrayList<>();
      for (VariableElement constant : constants) {
        values.add(
            Annotations.string(constant, Annotations.JSON_PROPERTY, "value")
                .orElse(constant.getSimpleName().toString()));
      }
      return List.copyOf(values);
    }
    return fromJsonValue(enumType, jsonValue, constants, path);
  }

  private List<String> fromJsonValue(
      TypeElement enumType, Element jsonValue, List<VariableElement> constants, String path)
      throws UnsupportedTypeException {
    if (trees == null) {
      throw unsupported(enumType, path, "the compiler offers no source trees");
    }
    if (trees.getTree(enumType) == null) {
      throw new UnsupportedTypeException(
          path,
          "the @JsonValue of enum "
              + enumType.getQualifiedName()
              + " cannot be evaluated at compile time: the enum comes from a class file, which keeps no source to read"
              + " its values from",
          "replace @JsonValue with @JsonProperty(\"...\") on each constant (annotations are kept in class files),"
              + " or compile the enum in the module that holds the tools");
    }
    String field =
        jsonValue.getKind() == ElementKind.FIELD
            ? jsonValue.getSimpleName().toString()
            : returnedField((ExecutableElement) jsonValue);
    if (field == null) {
      throw unsupported(enumType, path, "@JsonValue does not simply return a field");
    }
    int index = -1;
    ExecutableElement constructor = null;
    for (ExecutableElement c : ElementFilter.constructorsIn(enumType.getEnclosedElements())) {
      int i = assignedParameter(c, field);
      if (i >= 0) {
        if (constructor != null) {
          throw unsupported(enumType, path, "several constructors set field '" + field + "'");
        }
        constructor = c;
        index = i;
      }
    }
    if (constructor == null) {
      throw unsupported(
          enumType, path, "no constructor sets field '" + field + "' from a parameter");
    }
    List<String> values = new ArrayList<>();
    for (VariableElement constant : constants) {
      Tree tree = trees.getTree(constant);
      ExpressionTree init =
          tree instanceof VariableTree ? ((VariableTree) tree).getInitializer() : null;
      if (!(init instanceof NewClassTree)
          || ((NewClassTree) init).getArguments().size() != constructor.getParameters().size()) {
        throw unsupported(
            enumType,
            path,
            "constant " + constant.getSimpleName() + " is not written as NAME(\"value\", ...)");
      }
      ExpressionTree argument = ((NewClassTree) init).getArguments().get(index);
      if (!(argument instanceof LiteralTree)
          || !(((LiteralTree) argument).getValue() instanceof String)) {
        throw unsupported(
            enumType,
            path,
            "constant " + constant.getSimpleName() + " does not pass a string literal");
      }
      values.add((String) ((LiteralTree) argument).getValue());
    }
    return List.copyOf(values);
  }

  private String returnedField(ExecutableElement method) {
    MethodTree tree = trees.getTree(method);
    if (tree == null || tree.getBody() == null || tree.getBody().getStatements().size() != 1) {
      return null;
    }
    StatementTree statement = tree.getBody().getStatements().get(0);
    if (!(statement instanceof ReturnTree)) {
      return null;
    }
    return fieldName(((ReturnTree) statement).getExpression());
  }

  private int assignedParameter(ExecutableElement constructor, String field) {
    MethodTree tree = trees.getTree(constructor);
    BlockTree body = tree == null ? null : tree.getBody();
    if (body == null) {
      return -1;
    }
    for (StatementTree statement : body.getStatements()) {
      if (statement instanceof ExpressionStatementTree
          && ((ExpressionStatementTree) statement).getExpression() instanceof AssignmentTree) {
        AssignmentTree assignment =
            (AssignmentTree) ((ExpressionStatementTree) statement).getExpression();
        if (field.equals(fieldName(assignment.getVariable()))
            && assignment.getExpression() instanceof IdentifierTree) {
          String parameter = ((IdentifierTree) assignment.getExpression()).getName().toString();
          for (int i = 0; i < constructor.getParameters().size(); i++) {
            if (constructor.getParameters().get(i).getSimpleName().contentEquals(parameter)) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static String fieldName(ExpressionTree expression) {
    if (expression instanceof IdentifierTree) {
      return ((IdentifierTree) expression).getName().toString();
    }
    if (expression instanceof MemberSelectTree) {
      MemberSelectTree select = (MemberSelectTree) expression;
      if (select.getExpression() instanceof IdentifierTree
          && ((IdentifierTree) select.getExpression()).getName().contentEquals("this")) {
        return select.getIdentifier().toString();
      }
    }
    return null;
  }

  private static UnsupportedTypeException unsupported(
      TypeElement enumType, String path, String why) {
    return new UnsupportedTypeException(
        path,
        "the @JsonValue of enum "
            + enumType.getQualifiedName()
            + " cannot be evaluated at compile time ("
            + why
            + ")",
        "put @JsonProperty(\"...\") on each constant, or make @JsonValue return a field that every constant sets"
            + " from a string literal in its constructor call");
  }
}
