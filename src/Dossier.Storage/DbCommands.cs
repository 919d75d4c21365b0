using System.Data.Common;

namespace Dossier.Storage;

/// <summary>
/// Builds parameterised commands. Parameters are written @name, which both Microsoft.Data.Sqlite
/// and Npgsql accept; null becomes DBNull.
/// </summary>
public static class DbCommands
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static DbCommand Scalar(this DbConnection connection, DbTransaction? transaction, string sql) =>
        connection.Command(transaction, sql);

    public static string? GetStringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
