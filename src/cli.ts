console.log("cli todo")
