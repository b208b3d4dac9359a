for (let i = 0; i < 5; i++) setTimeout(() => console.log('t', i), 10);
